package io.rivulet.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default budget in small heaps (issue 15): a {@code groupByKey} of 5 million values on one key, the
 * default budget, in a child JVM of 64 MB (it ran out of heap) and of 256 MB (it wrote 1,161 spills of about
 * 10 KB: the grouping map held the task's whole share while its records moved to the sorter, which got none).
 */
@Tag("slow")
class DefaultBudgetChildJvmTest {
    private static final long VALUES = 5_000_000;
    private static final long GUARD_MINUTES = 10;

    @TempDir
    Path dir;

    @Test
    void aHotKeyOfFiveMillionValuesGroupsIn64MegabytesByDefault() throws Exception {
        assertThat(run("-Xmx64m")).startsWith("COUNT " + VALUES + " SUM " + (VALUES * (VALUES - 1) / 2) + " ");
    }

    @Test
    void spillsAreWorthTheirFilesIn256Megabytes() throws Exception {
        String result = run("-Xmx256m");
        assertThat(result).startsWith("COUNT " + VALUES + " ");
        long spills = Long.parseLong(result.substring(result.lastIndexOf(' ') + 1));
        // 5 million boxed values are about 120 MB of objects: tens of spills of megabytes each, not a thousand.
        assertThat(spills).isPositive().isLessThan(60);
    }

    private String run(String heap) throws Exception {
        Path out = dir.resolve("stdout" + heap + ".txt");
        Path err = dir.resolve("stderr" + heap + ".txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        heap,
                        "-Djava.io.tmpdir=" + dir,
                        "-cp",
                        System.getProperty("java.class.path"),
                        HotKeyMain.class.getName(),
                        Long.toString(VALUES))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        boolean exited;
        try {
            exited = child.waitFor(GUARD_MINUTES, TimeUnit.MINUTES);
        } finally {
            if (child.isAlive()) {
                child.destroyForcibly().waitFor();
            }
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(exited).as("still running after %s minutes", GUARD_MINUTES).isTrue();
        assertThat(child.exitValue()).as("exit status; stderr:%n%s", stderr).isZero();
        return Files.readString(out, StandardCharsets.UTF_8).strip();
    }
}
