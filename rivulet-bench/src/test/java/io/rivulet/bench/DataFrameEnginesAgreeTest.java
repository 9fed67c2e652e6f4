package io.rivulet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engine's implementation of every DataFrame workload gives the same answer as the hand-written code
 * at a tiny scale (the benchmark checks the same at full size, run by run). Spark's subclass runs in the
 * Spark test JVM, with Spark's module flags (the surefire executions of the bench pom).
 */
abstract class DataFrameEnginesAgreeTest {
    @TempDir
    static Path dir;

    static Sizes sizes;
    private static final Map<Workload, Checksum> JAVA_ANSWERS = new EnumMap<>(Workload.class);

    @BeforeAll
    static void answersOfTheHandWrittenCode() throws Exception {
        sizes = new Sizes(0.001, EnginesAgreeTest.writeWords(dir.resolve("words.txt")), dir.resolve("out"));
        try (Engine java = Engine.start("java", Suite.DATAFRAME, sizes)) {
            for (Workload workload : Suite.DATAFRAME.workloads()) {
                java.prepare(workload);
                JAVA_ANSWERS.put(workload, java.run(workload));
            }
        }
    }

    @AfterAll
    static void clear() {
        JAVA_ANSWERS.clear();
    }

    /** The engine under test. */
    abstract String engine();

    @Test
    void agreesWithTheHandWrittenCode() throws Exception {
        try (Engine engine = Engine.start(engine(), Suite.DATAFRAME, sizes)) {
            for (Workload workload : Suite.DATAFRAME.workloads()) {
                engine.prepare(workload);
                Checksum answer = engine.run(workload);
                assertThat(answer.matches(JAVA_ANSWERS.get(workload)))
                        .as(
                                "%s on %s: %s, hand-written: %s",
                                engine(), workload.id(), answer, JAVA_ANSWERS.get(workload))
                        .isTrue();
                // A second run on the same prepared input gives the same answer (steady-state runs repeat).
                if (workload == Workload.DF_CACHED_AGG || workload == Workload.DF_RECORDS_AGG) {
                    assertThat(engine.run(workload).matches(answer)).isTrue();
                }
            }
        }
    }

    @Test
    void answersAreNotTrivial() {
        assertThat(JAVA_ANSWERS.get(Workload.DF_SORT).count()).isEqualTo(sizes.dfSortRows());
        assertThat(JAVA_ANSWERS.get(Workload.DF_JOIN).count()).isEqualTo(sizes.dfJoinLeft());
        assertThat(JAVA_ANSWERS.get(Workload.DF_GROUP_BY).count())
                .isBetween(sizes.dfGroupKeys() * 9 / 10, sizes.dfGroupKeys());
        assertThat(JAVA_ANSWERS.get(Workload.DF_CACHED_AGG).count()).isEqualTo(DfData.STRINGS);
        assertThat(JAVA_ANSWERS.get(Workload.DF_CACHED_AGG)).isEqualTo(JAVA_ANSWERS.get(Workload.DF_RECORDS_AGG));
        assertThat(JAVA_ANSWERS.get(Workload.DF_WORDCOUNT).count()).isEqualTo(50);
    }
}
