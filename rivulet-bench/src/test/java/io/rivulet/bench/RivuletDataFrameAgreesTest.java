package io.rivulet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Rivulet's DataFrame engine against the hand-written code: skipped (not failed) while the engine says it
 * is not implemented ({@link RivuletDataFrameEngine}); remove the assumption when it is.
 */
class RivuletDataFrameAgreesTest extends DataFrameEnginesAgreeTest {
    @Override
    String engine() {
        return "rivulet";
    }

    @Test
    @Override
    void agreesWithTheHandWrittenCode() throws Exception {
        try (Engine engine = Engine.start("rivulet", Suite.DATAFRAME, sizes)) {
            Assumptions.assumeTrue(
                    engine.unsupported(Workload.DF_SORT).isEmpty(), RivuletDataFrameEngine.NOT_IMPLEMENTED);
        }
        super.agreesWithTheHandWrittenCode();
    }

    /** What already runs: the reference of the cached-size target, an RDD of records cached in Rivulet. */
    @Test
    void reportsTheCachedSizeOfTheRecordsRdd() throws Exception {
        try (Engine engine = Engine.start("rivulet", Suite.DATAFRAME, sizes)) {
            engine.prepare(Workload.DF_CACHED_AGG);
            assertThat(Long.parseLong(engine.info(Workload.DF_CACHED_AGG).get("rddCachedBytes")))
                    .isGreaterThan(sizes.dfAggRows() * 24);
            assertThat(engine.info(Workload.DF_CACHED_AGG).get("rddCachedPartitions"))
                    .isEqualTo("8/8");
        }
    }
}
