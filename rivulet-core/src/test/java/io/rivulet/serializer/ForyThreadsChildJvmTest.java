package io.rivulet.serializer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: Apache Fory starts a JVM-wide thread on its first use, and {@code close()} must still leave no
 * thread behind. Run in a child JVM ({@link ForyThreadsMain}), because only a JVM where Fory has not been used
 * yet shows what the first use starts, whatever other tests ran before in this one.
 */
class ForyThreadsChildJvmTest {
    /** A hang guard, not a timing check. */
    private static final long HANG_GUARD_MINUTES = 5;

    @Test
    void theLastCloseStopsTheThreadForyStartedAndLaterRivuletsWorkWithoutIt(@TempDir Path dir) throws Exception {
        assertThat(runChild(dir))
                .contains("two rivulets: the cleaner ran until the last closed; no thread left")
                .contains("a later rivulet: worked without the cleaner; no thread left");
    }

    @Test
    void theCleanerOfAnApplicationThatUsedForyFirstIsLeftAlone(@TempDir Path dir) throws Exception {
        assertThat(runChild(dir, "application-first"))
                .contains("application first: its cleaner left alone; no thread left");
    }

    /** Runs {@link ForyThreadsMain} with {@code args}; returns what it printed, once it exited with status 0. */
    private static String runChild(Path dir, String... args) throws Exception {
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Djava.io.tmpdir=" + dir,
                "-cp",
                System.getProperty("java.class.path"),
                ForyThreadsMain.class.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command)
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
        assertThat(exited)
                .as("child JVM still running after %s minutes", HANG_GUARD_MINUTES)
                .isTrue();
        assertThat(child.exitValue())
                .as("exit code; stdout:%n%s%nstderr:%n%s", stdout, stderr)
                .isZero();
        return stdout;
    }
}
