package io.rivulet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engine's implementation of every workload gives the same answer as the hand-written code at a tiny
 * scale (run by {@code mvn -Pbench -pl rivulet-bench -am verify}; {@code bench/run.sh} skips tests). The
 * benchmark checks the same at full size, run by run. Spark's tests run in a JVM of their own with Spark's
 * module flags, as in the benchmark (the surefire executions of the bench pom).
 */
abstract class EnginesAgreeTest {
    @TempDir
    static Path dir;

    private static Sizes sizes;
    private static final Map<Workload, Checksum> JAVA_ANSWERS = new EnumMap<>(Workload.class);

    @BeforeAll
    static void answersOfTheHandWrittenCode() throws Exception {
        sizes = new Sizes(0.001, writeWords(dir.resolve("words.txt")), dir.resolve("out"));
        try (Engine java = Engine.start("java", Suite.RDD, sizes)) {
            for (Workload workload : Suite.RDD.workloads()) {
                JAVA_ANSWERS.put(workload, answer(java, "java", workload));
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
        assertAgrees(engine());
    }

    @Test
    void answersAreNotTrivial() {
        assertThat(JAVA_ANSWERS.get(Workload.WORDCOUNT).count()).isEqualTo(50);
        assertThat(JAVA_ANSWERS.get(Workload.JOIN).count()).isEqualTo(sizes.joinLeft());
        assertThat(JAVA_ANSWERS.get(Workload.SORT_BY_KEY).count()).isEqualTo(sizes.sortKeys());
        assertThat(JAVA_ANSWERS.get(Workload.PAGERANK).approx()).isPositive();
    }

    private static void assertAgrees(String name) throws Exception {
        try (Engine engine = Engine.start(name, Suite.RDD, sizes)) {
            for (Workload workload : Suite.RDD.workloads()) {
                Checksum answer = answer(engine, name, workload);
                assertThat(answer.matches(JAVA_ANSWERS.get(workload)))
                        .as("%s on %s: %s, hand-written: %s", name, workload.id(), answer, JAVA_ANSWERS.get(workload))
                        .isTrue();
            }
        }
    }

    private static Checksum answer(Engine engine, String name, Workload workload) throws Exception {
        Child.deleteRecursively(sizes.outputDir(name));
        Checksum checksum = engine.run(workload);
        return checksum != null ? checksum : Checksum.ofTextOutput(sizes.outputDir(name));
    }

    /** 3,000 lines of 1 to 12 words drawn from 50 words. */
    static Path writeWords(Path file) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            StringBuilder line = new StringBuilder();
            for (int w = 1 + random.nextInt(12); w > 0; w--) {
                line.append(line.length() == 0 ? "" : " ").append("w").append(random.nextInt(50));
            }
            lines.add(line.toString());
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
