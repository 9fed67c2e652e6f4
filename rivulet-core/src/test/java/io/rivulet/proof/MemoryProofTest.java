package io.rivulet.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The memory proofs, each in its own JVM started with {@code -Xmx512m} and a 256 MiB budget: sortByKey of 20
 * million random longs, reduceByKey over 20 million distinct keys, groupByKey where one key holds 10 million
 * values, a join of 10 million by 10 million rows with a skewed key. Each must give the right answer and report
 * spilled bytes. They take minutes, so they are tagged {@code proof} and left out of the default build; run
 * them with {@code mvn -q verify -Pproofs} (README, "Tests").
 */
@Tag("proof")
class MemoryProofTest {
    private static final long HANG_GUARD_MINUTES = 15;

    @ParameterizedTest
    @ValueSource(strings = {"sortByKey", "reduceByKey", "groupByKey", "join"})
    void finishesCorrectlyInABoundedHeap(String workload, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-Drivulet.local.dir=" + dir,
                        "-cp",
                        System.getProperty("java.class.path"),
                        MemoryProofs.class.getName(),
                        workload)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        boolean exited;
        try {
            exited = child.waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES);
        } finally {
            if (child.isAlive()) {
                child.destroyForcibly().waitFor();
            }
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        System.out.println("MemoryProofTest: " + stdout.strip());
        assertThat(exited)
                .as("%s still running after %s minutes", workload, HANG_GUARD_MINUTES)
                .isTrue();
        assertThat(child.exitValue())
                .as("exit code of %s; stderr:%n%s", workload, stderr)
                .isZero();
        assertThat(stdout).startsWith("OK " + workload + " spilled=");
        assertThat(Long.parseLong(stdout.replaceAll("(?s).*spilled=(\\d+).*", "$1")))
                .isPositive();
    }
}
