package io.rivulet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rivulet run} as a user meets it (issue 15): a job that never closes its {@code Rivulet} still ends, and
 * says so once; Rivulet's log lines are one line each, a retried task warned once per retry; an unchanged job is
 * not compiled twice.
 */
class EverydayUseTest {
    private static final long GUARD_SECONDS = 120;

    @TempDir
    Path dir;

    private static final String UNCLOSED = """
            import io.rivulet.Rivulet;

            public class Unclosed {
                public static void main(String[] args) {
                    Rivulet rv = Rivulet.builder().master("local[2]").appName("forgetful").build();
                    System.out.println("count=" + rv.range(0, 100).count());
                }
            }
            """;

    @Test
    void aJobThatNeverClosesItsRivuletIsClosedWhenMainReturnsSayingSoOnce() throws IOException {
        Path job = write("Unclosed.java", UNCLOSED);

        // The web UI is on, as by default under rivulet run: its threads kept the JVM alive.
        Cli.Result result = Cli.rivulet("run", "--ui", "--conf", "rivulet.ui.port=0", job.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("count=100" + System.lineSeparator());
        assertThat(result.err())
                .isEqualTo("rivulet run: the job's main returned without closing its Rivulet (app 'forgetful'):"
                        + " closed; call close(), or use try-with-resources" + System.lineSeparator());
        assertThat(Thread.getAllStackTraces().keySet())
                .extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("rivulet-forgetful-") || name.equals("HTTP-Dispatcher"));
    }

    @Test
    void inAFreshJvmTheJobEndsWhenMainReturnsAndLogsOneLinePerMessageAndPerRetry() throws Exception {
        Path job = write("Flaky.java", """
                import io.rivulet.Rivulet;
                import java.nio.file.Files;
                import java.nio.file.Path;

                public class Flaky {
                    public static void main(String[] args) throws Exception {
                        Path marker = Path.of(args[0]);
                        Rivulet rv = Rivulet.builder().master("local[1]").appName("flaky").build();
                        long count = rv.range(0, 10, 1, 1).map(x -> {
                            if (x == 3 && !Files.exists(marker)) {
                                Files.createFile(marker);
                                throw new IllegalStateException("the disk hiccupped");
                            }
                            return x;
                        }).count();
                        System.out.println("count=" + count);
                    }
                }
                """);
        Path stderr = dir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "-D" + CompileCache.DIRECTORY_PROPERTY + "=" + dir.resolve("cache"),
                Main.class.getName(),
                "run",
                "--conf",
                "rivulet.ui.port=0",
                job.toString(),
                dir.resolve("failed-once").toString()));
        Process process = new ProcessBuilder(command)
                .redirectError(stderr.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .start();
        boolean ended = process.waitFor(GUARD_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertThat(ended)
                .as("the JVM ended after main returned; stderr:%n%s", err)
                .isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(Files.readString(dir.resolve("stdout.txt"))).isEqualTo("count=10" + System.lineSeparator());
        List<String> warnings =
                err.lines().filter(line -> line.contains(" WARNING ")).toList();
        assertThat(warnings)
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .matches(
                                "\\d\\d/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d WARNING io\\.rivulet\\.scheduler\\.JobRunner:"
                                        + " task for partition 0 of stage 0 \\(count at Flaky\\.java:\\d+\\), attempt 0, failed"
                                        + " \\(1 of 4 allowed\\): java\\.lang\\.IllegalStateException: the disk hiccupped;"
                                        + " retrying"));
        assertThat(err).contains("the job's main returned without closing its Rivulet (app 'flaky')");
    }

    @Test
    void anUnchangedJobIsCompiledOnceAndAChangedOneAgain() throws IOException {
        Path cache = dir.resolve("cache");
        Path job = write("Cached.java", """
                public class Cached {
                    public static void main(String[] args) {
                        System.out.println("first");
                    }
                }
                """);
        String previous = System.getProperty(CompileCache.DIRECTORY_PROPERTY);
        System.setProperty(CompileCache.DIRECTORY_PROPERTY, cache.toString());
        try {
            assertThat(Cli.rivulet("run", "--no-ui", job.toString()).out()).isEqualTo("first" + System.lineSeparator());
            assertThat(entries(cache)).hasSize(1);
            // The cached classes are what runs now: make the entry say so.
            Path entry = entries(cache).get(0);
            byte[] bytes = Files.readAllBytes(entry);
            String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("first", "cache");
            Files.write(entry, text.getBytes(StandardCharsets.ISO_8859_1));
            assertThat(Cli.rivulet("run", "--no-ui", job.toString()).out()).isEqualTo("cache" + System.lineSeparator());

            Files.writeString(job, Files.readString(job).replace("first", "second"));
            assertThat(Cli.rivulet("run", "--no-ui", job.toString()).out())
                    .isEqualTo("second" + System.lineSeparator());
            assertThat(entries(cache)).hasSize(2);
        } finally {
            if (previous == null) {
                System.clearProperty(CompileCache.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(CompileCache.DIRECTORY_PROPERTY, previous);
            }
        }
    }

    private static List<Path> entries(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.toString().endsWith(".classes")).toList();
        }
    }

    private Path write(String name, String source) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, source);
        return file;
    }
}
