package io.rivulet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rivulet run Job.java}: compiling in memory, running main, reporting what went wrong. */
class RunSourceJobTest {
    @TempDir
    Path dir;

    @Test
    void compilesAndRunsJobThatUsesRivulet() throws IOException {
        Path job = write("Counts.java", """
                import io.rivulet.Pair;
                import io.rivulet.Rivulet;
                import java.util.Arrays;
                import java.util.List;

                public class Counts {
                    public static void main(String[] args) {
                        try (Rivulet rv = Rivulet.builder().master("local[2]").build()) {
                            rv.parallelize(List.of("to be or", "not to be"), 2)
                                    .flatMap(line -> Arrays.asList(line.split(" ")))
                                    .mapToPair(word -> Pair.of(word, 1L))
                                    .reduceByKey(Long::sum)
                                    .sortByKey()
                                    .collect()
                                    .forEach(pair -> System.out.println(pair.key() + "=" + pair.value()));
                        }
                        System.out.println("args=" + String.join(",", args));
                    }
                }
                """);

        Cli.Result result = Cli.rivulet("run", "--no-ui", job.toString(), "one", "--master", "local[9]");

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        // Everything after the job file is the job's, even when it looks like an option.
        assertThat(result.out().lines()).containsExactly("be=2", "not=1", "or=1", "to=2", "args=one,--master,local[9]");
    }

    @Test
    void mutableZeroValuesOfJobClassesAreCopiedWithTheJobsClassLoader() throws IOException {
        Path job = write("Folds.java", """
                import io.rivulet.Pair;
                import io.rivulet.Rivulet;
                import java.io.Serializable;
                import java.util.List;

                public class Folds {
                    static final class Acc implements Serializable {
                        long total;
                    }

                    public static void main(String[] args) {
                        try (Rivulet rv = Rivulet.builder().master("local[2]").build()) {
                            Acc acc = rv.parallelize(List.of(1L, 2L, 3L), 3).aggregate(new Acc(),
                                    (a, x) -> { a.total += x; return a; },
                                    (a, b) -> { a.total += b.total; return a; });
                            System.out.println("aggregate=" + acc.total);
                            rv.parallelizePairs(List.of(Pair.of("k", 4L), Pair.of("k", 5L)), 2)
                                    .aggregateByKey(new Acc(), (a, x) -> { a.total += x; return a; },
                                            (a, b) -> { a.total += b.total; return a; })
                                    .collect()
                                    .forEach(p -> System.out.println(p.key() + "=" + p.value().total));
                        }
                    }
                }
                """);

        Cli.Result result = Cli.rivulet("run", "--no-ui", job.toString());

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).containsExactly("aggregate=6", "k=9");
    }

    @Test
    void compileErrorNamesFileAndLineAndFails() throws IOException {
        Path job = write("Broken.java", """
                public class Broken {
                    public static void main(String[] args) {
                        int count = "three";
                    }
                }
                """);

        Cli.Result result = Cli.rivulet("run", job.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .contains(job + ":3: error: incompatible types")
                .contains("        int count = \"three\";")
                .contains("1 error");
    }

    @Test
    void exceptionFromJobIsPrintedWithoutLauncherFramesAndFails() throws IOException {
        Path job = write("Fails.java", """
                public class Fails {
                    public static void main(String[] args) {
                        System.out.println("started");
                        throw new IllegalStateException("no input", new RuntimeException("root cause"));
                    }
                }
                """);

        Cli.Result result = Cli.rivulet("run", job.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("started" + System.lineSeparator());
        assertThat(result.err())
                .startsWith("Exception in job Fails: java.lang.IllegalStateException: no input")
                .contains("at Fails.main(Fails.java:4)")
                .contains("Caused by: java.lang.RuntimeException: root cause")
                .doesNotContain("JobLauncher", "picocli", "reflect");
    }

    @Test
    void runsFirstTopLevelClassWithMainWhateverTheFileName() throws IOException {
        Path job = write("scratch.java", """
                class Helper {
                    static String greeting() {
                        return "hello from " + Helper.class.getSimpleName();
                    }
                }

                class First {
                    public static void main(String[] args) {
                        System.out.println(Helper.greeting());
                    }
                }

                class Second {
                    public static void main(String[] args) {
                        System.out.println("second");
                    }
                }
                """);

        assertThat(Cli.rivulet("run", job.toString()).out()).isEqualTo("hello from Helper" + System.lineSeparator());
        assertThat(Cli.rivulet("run", "--class", "Second", job.toString()).out())
                .isEqualTo("second" + System.lineSeparator());
    }

    @Test
    void sourceWithoutMainIsAnError() throws IOException {
        Path job = write("NoMain.java", """
                public class NoMain {
                    static void main() {}
                }
                """);

        Cli.Result result = Cli.rivulet("run", job.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err())
                .isEqualTo("rivulet run: no top-level class in " + job
                        + " has a method public static void main(String[] args)" + System.lineSeparator());
    }

    @Test
    void missingOrUnknownJobFileIsAUsageError() throws IOException {
        Cli.Result missing = Cli.rivulet("run", dir.resolve("Nope.java").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("rivulet run: no such file: " + dir.resolve("Nope.java"));

        Path text = write("notes.txt", "hello");
        Cli.Result unknown = Cli.rivulet("run", text.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("rivulet run: expected a .java source file or a .jar, but got " + text);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
