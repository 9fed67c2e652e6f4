package io.rivulet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spark-submit-style options of {@code rivulet run}: they reach the job as system properties, then go away. */
class SubmitOptionsTest {
    /** Prints the settings it sees, and the slots of a Rivulet built with the defaults they give. */
    private static final String SHOW_SETTINGS = """
            import io.rivulet.Rivulet;

            public class ShowSettings {
                public static void main(String[] args) {
                    for (String key : new String[] {"a", "rivulet.master", "rivulet.app.name", "rivulet.executor.memory"}) {
                        System.out.println(key + "=" + System.getProperty(key));
                    }
                    try (Rivulet rv = Rivulet.builder().build()) {
                        System.out.println("defaultParallelism=" + rv.defaultParallelism());
                        System.out.println("appName=" + rv.appName());
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    private Path job;

    @BeforeEach
    void writeJob() throws IOException {
        job = Files.writeString(dir.resolve("ShowSettings.java"), SHOW_SETTINGS);
    }

    @AfterEach
    void clearProperties() {
        System.clearProperty("rivulet.app.name");
    }

    @Test
    void confMasterNameAndMemoryReachTheJobAndAreRestoredAfterwards() {
        System.setProperty("rivulet.app.name", "set before the run");

        Cli.Result result = Cli.rivulet(
                "run",
                "--no-ui",
                "--conf",
                "a=b",
                "--master",
                "local[3]",
                "--name",
                "settings",
                "--executor-memory",
                "512m",
                job.toString());

        assertThat(result.err()).isEmpty();
        assertThat(result.out().lines())
                .containsExactly(
                        "a=b",
                        "rivulet.master=local[3]",
                        "rivulet.app.name=settings",
                        "rivulet.executor.memory=512m",
                        "defaultParallelism=3",
                        "appName=settings");
        assertThat(System.getProperty("a")).isNull();
        assertThat(System.getProperty("rivulet.master")).isNull();
        assertThat(System.getProperty("rivulet.app.name")).isEqualTo("set before the run");
    }

    @Test
    void numExecutorsTimesExecutorCoresGivesTheSlots() {
        Cli.Result result =
                Cli.rivulet("run", "--no-ui", "--num-executors", "2", "--executor-cores", "3", job.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).contains("rivulet.master=local[6]", "defaultParallelism=6");
    }

    @Test
    void optionsWinOverConfAndLaterConfWinsOverEarlier() {
        Cli.Result result = Cli.rivulet(
                "run",
                "--no-ui",
                "--conf",
                "rivulet.master=local[5]",
                "--master",
                "local[2]",
                "--conf",
                "a=first",
                "--conf",
                "a=x=y",
                job.toString());

        assertThat(result.out().lines()).contains("a=x=y", "rivulet.master=local[2]", "defaultParallelism=2");
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "|",
            value = {
                "--conf|foo|--conf expects <key>=<value>, like --conf rivulet.task.maxFailures=8, but got 'foo'",
                "--conf|=b|--conf expects <key>=<value>, like --conf rivulet.task.maxFailures=8, but got '=b'",
                "--conf|a b=c|--conf key must not contain spaces: 'a b=c'",
                "--master|local[x]|unsupported master 'local[x]'",
                "--conf|rivulet.master=local[0]|unsupported master 'local[0]'",
                "--executor-memory|lots|config rivulet.executor.memory must be a size like 512m, 2g or 1048576: 'lots'",
                "--num-executors|0|--num-executors must be positive: 0",
                "--executor-cores|-1|--executor-cores must be positive: -1"
            })
    void badValuesAreUsageErrorsThatSayWhatIsWrong(String option, String value, String message) {
        Cli.Result result = Cli.rivulet("run", option, value, job.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty(); // the job did not run
        assertThat(result.err().lines().toList()).first().asString().startsWith("rivulet run: " + message);
        assertThat(result.err()).contains("Try 'rivulet run --help' for more information.");
    }

    @Test
    void theWebUiIsOnUnlessTurnedOffAndProgressFollowsTheTerminalUnlessGiven() throws IOException {
        Path showUi = Files.writeString(dir.resolve("ShowUi.java"), """
                public class ShowUi {
                    public static void main(String[] args) {
                        System.out.println("ui=" + System.getProperty("rivulet.ui.enabled"));
                        System.out.println("progress=" + System.getProperty("rivulet.ui.showConsoleProgress"));
                    }
                }
                """);

        assertThat(Cli.rivulet("run", showUi.toString()).out().lines()).containsExactly("ui=true", "progress=null");
        assertThat(Cli.rivulet("run", "--no-ui", "--no-progress", showUi.toString())
                        .out()
                        .lines())
                .containsExactly("ui=false", "progress=false");
        assertThat(Cli.rivulet("run", "--ui", "--progress", showUi.toString())
                        .out()
                        .lines())
                .containsExactly("ui=true", "progress=true");
        assertThat(Cli.rivulet("run", "--conf", "rivulet.ui.enabled=false", showUi.toString())
                        .out()
                        .lines())
                .as("--conf is respected when no option says otherwise")
                .containsExactly("ui=false", "progress=null");
        assertThat(Cli.rivulet("run", "--conf", "rivulet.ui.enabled=false", "--ui", showUi.toString())
                        .out()
                        .lines())
                .containsExactly("ui=true", "progress=null");
        assertThat(System.getProperty("rivulet.ui.enabled")).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "|",
            value = {
                "rivulet.ui.enabled=on|config rivulet.ui.enabled must be true or false: 'on'",
                "rivulet.ui.showConsoleProgress=1|config rivulet.ui.showConsoleProgress must be true or false: '1'"
            })
    void badSwitchesAreUsageErrors(String setting, String message) {
        Cli.Result result = Cli.rivulet("run", "--conf", setting, job.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("rivulet run: " + message);
    }

    @Test
    void progressShowsTheStagesOnStderrWhenAskedFor() throws IOException {
        Path slow = Files.writeString(dir.resolve("Slow.java"), """
                import io.rivulet.Rivulet;

                public class Slow {
                    public static void main(String[] args) {
                        try (Rivulet rv = Rivulet.builder().build()) {
                            long n = rv.range(0, 4, 1, 4).map(x -> {
                                Thread.sleep(500);
                                return x;
                            }).count();
                            System.out.println("count=" + n);
                        }
                    }
                }
                """);

        Cli.Result shown = Cli.rivulet("run", "--master", "local[2]", "--no-ui", "--progress", slow.toString());
        assertThat(shown.out()).isEqualTo("count=4" + System.lineSeparator());
        assertThat(shown.err())
                .contains("\r[Stage 0:")
                .containsPattern("\\(\\d \\+ \\d\\) / 4]")
                .doesNotContain("\n");

        Cli.Result hidden = Cli.rivulet("run", "--master", "local[2]", "--no-ui", "--no-progress", slow.toString());
        assertThat(hidden.out()).isEqualTo("count=4" + System.lineSeparator());
        assertThat(hidden.err()).isEmpty();
    }

    @Test
    void masterAndExecutorsTogetherAreAUsageError() {
        Cli.Result result = Cli.rivulet("run", "--master", "local[2]", "--num-executors", "2", job.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("rivulet run: --master local[2] and --num-executors/--executor-cores");
    }
}
