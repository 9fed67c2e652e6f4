package io.rivulet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engine's answer to every workload of the files suite equals the answer computed in plain Java from the
 * generator ({@link FilesData#answer}), on tiny files (the benchmark checks engines against each other at
 * full size, run by run). Spark's subclass runs in the Spark test JVM, with Spark's module flags.
 */
abstract class FilesEnginesAgreeTest {
    @TempDir
    static Path dir;

    static Sizes sizes;
    private static final Map<Workload, Checksum> ANSWERS = new EnumMap<>(Workload.class);
    private static long csvRows;
    private static long jsonRows;

    @BeforeAll
    static void filesAndTheirAnswers() throws Exception {
        sizes = new Sizes(0.001, dir.resolve("words.txt"), dir.resolve("out"));
        csvRows = FilesData.write(sizes.csvFile(), sizes.filesBytes(), false);
        jsonRows = FilesData.write(sizes.jsonFile(), sizes.filesBytes(), true);
        for (Workload workload : Suite.FILES.workloads()) {
            ANSWERS.put(workload, FilesData.answer(workload, workload.readsJson() ? jsonRows : csvRows));
        }
    }

    @AfterAll
    static void clear() {
        ANSWERS.clear();
    }

    /** The engine under test. */
    abstract String engine();

    @Test
    void agreesWithTheGenerator() throws Exception {
        try (Engine engine = Engine.start(engine(), Suite.FILES, sizes)) {
            for (Workload workload : Suite.FILES.workloads()) {
                if (engine.unsupported(workload).isPresent()) {
                    continue;
                }
                engine.prepare(workload);
                Checksum answer = engine.run(workload);
                assertThat(answer.matches(ANSWERS.get(workload)))
                        .as("%s on %s: %s, generator: %s", engine(), workload.id(), answer, ANSWERS.get(workload))
                        .isTrue();
            }
        }
    }

    @Test
    void filesAndAnswersAreNotTrivial() throws Exception {
        assertThat(Files.size(sizes.csvFile())).isBetween(sizes.filesBytes(), sizes.filesBytes() + 1000);
        assertThat(Files.size(sizes.jsonFile())).isBetween(sizes.filesBytes(), sizes.filesBytes() + 1000);
        assertThat(jsonRows).isLessThan(csvRows).isGreaterThan(csvRows / 3);
        assertThat(Files.readAllLines(sizes.csvFile())).hasSize((int) csvRows + 1);
        assertThat(ANSWERS.get(Workload.CSV_COUNT).count()).isEqualTo(csvRows);
        // The filter keeps about a tenth of the rows: its sum of a tenth of the x values is near a tenth of all.
        double all = 0;
        for (long i = 0; i < csvRows; i++) {
            all += FilesData.x(i);
        }
        assertThat(ANSWERS.get(Workload.CSV_FILTER_SUM).approx() / all).isBetween(0.07, 0.13);
    }
}
