package io.rivulet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.Rivulet;
import io.rivulet.status.AppStatus;
import io.rivulet.status.EventLogReader;
import io.rivulet.status.StatusSnapshot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping a process in the middle of a job (issue 15): a child JVM runs {@link SignalMain}, a save job with its
 * shuffle on disk that writes forever; the test sends it a signal once it writes, then looks at what is left.
 * After SIGINT or SIGTERM the shutdown hook has cancelled the job and deleted the local directory and the
 * staging directory; the event log is complete; the exit status is the usual one. After SIGKILL, nothing ran:
 * the next {@code Rivulet} deletes the dead process's local directory when it is built, and a rerun's commit
 * its staging directory; the log, flushed every second, shows the jobs and stages that ran.
 */
@Tag("slow")
class SignalChildJvmTest {
    /** Hang guards, not timing checks. */
    private static final long GUARD_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void sigintCancelsTheJobDeletesTemporaryFilesAndPartialOutputAndCompletesTheLog() throws Exception {
        stoppedBySignal("INT", 130);
    }

    @Test
    void sigtermDoesTheSame() throws Exception {
        stoppedBySignal("TERM", 143);
    }

    private void stoppedBySignal(String signal, int expectedStatus) throws Exception {
        Child child = startAndAwaitWriting();
        assertThat(rivuletDirs(local()))
                .as("the shuffle's files while the job runs")
                .isNotEmpty();
        assertThat(stagingDirs()).as("the staging directory while the job runs").isNotEmpty();

        kill(child.process, signal);
        assertThat(child.process.waitFor(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();

        String stderr = Files.readString(child.stderr, StandardCharsets.UTF_8);
        assertThat(child.process.exitValue())
                .as("exit status; stderr:%n%s", stderr)
                .isEqualTo(expectedStatus);
        assertThat(rivuletDirs(local())).as("left in rivulet.local.dir").isEmpty();
        assertThat(files(tmp())).as("left in java.io.tmpdir").isEmpty();
        assertThat(stagingDirs())
                .as("staging directories left beside the output")
                .isEmpty();
        assertThat(output()).doesNotExist();
        assertThat(stderr).contains("cancelling, and deleting its temporary files and partial output");
        // The progress bar was wiped: the last thing on stderr is not a bar.
        assertThat(stderr.substring(stderr.lastIndexOf('\n') + 1).strip()).doesNotStartWith("[Stage");
        List<Path> logs = files(logDir());
        assertThat(logs)
                .singleElement()
                .satisfies(log -> assertThat(log.toString()).endsWith(".jsonl"));
        StatusSnapshot snapshot = replay(logs.get(0));
        assertThat(snapshot.endTimeMillis()).as("the log's ApplicationEnd").isPositive();
        assertThat(snapshot.jobs()).hasSize(1);
    }

    @Test
    void afterSigkillTheNextRivuletSweepsTheLocalDirAtStartAndARerunsCommitTheStagingDir() throws Exception {
        Child child = startAndAwaitWriting();
        // Events are flushed every second: the stages that ran reach the file while the job still runs.
        Path log = awaitOne(logDir());
        awaitContent(log, "\"event\":\"StageCompleted\"");
        kill(child.process, "KILL");
        assertThat(child.process.waitFor(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(rivuletDirs(local())).as("what SIGKILL left").isNotEmpty();
        assertThat(stagingDirs()).as("the staging directory SIGKILL left").isNotEmpty();

        StatusSnapshot killed = replay(log);
        assertThat(killed.jobs()).as("the report of the killed application").hasSize(1);
        assertThat(killed.stages()).as("its stage runs").hasSizeGreaterThanOrEqualTo(2);

        try (Rivulet next = Rivulet.builder()
                .master("local[1]")
                .config("rivulet.local.dir", local().toString())
                .build()) {
            assertThat(rivuletDirs(local()))
                    .as("swept when the next Rivulet was built")
                    .isEmpty();
            next.parallelize(List.of("a", "b"), 2).saveAsTextFile(output().toString());
            assertThat(stagingDirs()).as("swept by the rerun's commit").isEmpty();
            assertThat(output().resolve("_SUCCESS")).exists();
        }
    }

    private record Child(Process process, Path stderr) {}

    private Child startAndAwaitWriting() throws IOException {
        Files.createDirectories(local());
        Files.createDirectories(tmp());
        Path stderr = dir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-Djava.io.tmpdir=" + tmp(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        SignalMain.class.getName(),
                        local().toString(),
                        logDir().toString(),
                        output().toString())
                .redirectError(stderr.toFile())
                .start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"WRITING".equals(line)) {
            process.destroyForcibly();
            throw new AssertionError("expected WRITING, got " + line + "; stderr: " + Files.readString(stderr));
        }
        // Keep reading, so that the child never blocks on a full pipe.
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // nothing
                }
            } catch (IOException e) {
                // the child ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        return new Child(process, stderr);
    }

    private static void kill(Process process, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                .inheritIO()
                .start();
        assertThat(kill.waitFor(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
    }

    private static StatusSnapshot replay(Path log) throws IOException {
        AppStatus status = EventLogReader.replay(log);
        return status.snapshot();
    }

    private static Path awaitOne(Path directory) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GUARD_SECONDS);
        while (System.nanoTime() < deadline) {
            List<Path> found = files(directory);
            if (found.size() == 1) {
                return found.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no event log in " + directory);
    }

    private static void awaitContent(Path file, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GUARD_SECONDS);
        while (System.nanoTime() < deadline) {
            if (Files.readString(file, StandardCharsets.UTF_8).contains(text)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(file + " never got " + text);
    }

    private Path local() {
        return dir.resolve("local");
    }

    private Path tmp() {
        return dir.resolve("tmp");
    }

    private Path logDir() {
        return dir.resolve("logs");
    }

    private Path output() {
        return dir.resolve("out").resolve("result");
    }

    private List<Path> stagingDirs() throws IOException {
        Path parent = output().getParent();
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> siblings = Files.list(parent)) {
            return siblings.filter(p -> p.getFileName().toString().contains(".rivulet-tmp-"))
                    .toList();
        }
    }

    private static List<Path> rivuletDirs(Path base) throws IOException {
        try (Stream<Path> entries = Files.list(base)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("rivulet-"))
                    .toList();
        }
    }

    private static List<Path> files(Path base) throws IOException {
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(base)) {
            return entries.toList();
        }
    }
}
