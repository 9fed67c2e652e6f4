package io.rivulet.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipelining proof: a narrow chain over 300 million elements runs in a child JVM limited to a 128 MB heap.
 * Tagged {@code slow} so that it can be left out ({@code -DexcludedGroups=slow}); it takes some seconds.
 */
@Tag("slow")
class PipeliningChildJvmTest {
    /** A hang guard, not a timing check. */
    private static final long HANG_GUARD_MINUTES = 5;

    @Test
    void threeHundredMillionElementsFlowThroughAMapAndAFilterIn128Megabytes(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java, "-Xmx128m", "-cp", System.getProperty("java.class.path"), PipeliningMain.class.getName())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        long start = System.nanoTime();

        Process child = builder.start();
        boolean exited;
        try {
            exited = child.waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES);
        } finally {
            if (child.isAlive()) {
                child.destroyForcibly().waitFor();
            }
        }

        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        System.out.println("PipeliningChildJvmTest: the child JVM ran for about " + seconds + " s");
        assertThat(exited)
                .as("child JVM still running after %s minutes", HANG_GUARD_MINUTES)
                .isTrue();
        assertThat(child.exitValue()).as("exit code; stderr:%n%s", stderr).isZero();
        // x * 2 is divisible by 3 exactly when x is: one element in three.
        assertThat(stdout.strip()).isEqualTo(String.valueOf(PipeliningMain.ELEMENTS / 3));
    }
}
