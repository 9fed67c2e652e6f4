package io.rivulet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rivulet's DataFrame engine against the hand-written code, and the sizes it reports for the cached-size target. */
class RivuletDataFrameAgreesTest extends DataFrameEnginesAgreeTest {
    @Override
    String engine() {
        return "rivulet";
    }

    /** Both sizes of the cached-size target: the RDD of records and the cached DataFrame, each measured alone. */
    @Test
    void reportsTheCachedSizes() throws Exception {
        try (Engine engine = Engine.start("rivulet", Suite.DATAFRAME, sizes)) {
            engine.prepare(Workload.DF_CACHED_AGG);
            assertThat(Long.parseLong(engine.info(Workload.DF_CACHED_AGG).get("rddCachedBytes")))
                    .isGreaterThan(sizes.dfAggRows() * 24);
            assertThat(engine.info(Workload.DF_CACHED_AGG).get("rddCachedPartitions"))
                    .isEqualTo("8/8");
            assertThat(Long.parseLong(engine.info(Workload.DF_CACHED_AGG).get("cachedBytes")))
                    .isGreaterThan(sizes.dfAggRows() * 16);
        }
    }
}
