package io.rivulet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The top-level {@code rivulet} command: help, version, mistakes. */
class MainTest {
    @Test
    void helpListsTheRunCommand() {
        Cli.Result result = Cli.rivulet("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .startsWith("Usage: rivulet [-hV] [--help-config] [COMMAND]")
                .containsPattern("run +Runs a job")
                .contains("rivulet run examples/WordCount.java README.md");
    }

    @Test
    void helpConfigListsEveryKeyWithItsDefault() {
        Cli.Result result = Cli.rivulet("--help-config");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out())
                .contains("rivulet.task.maxFailures (int, default 4)\n    tries of a task before its job fails")
                .contains("rivulet.executor.memory (size, default 60% of the heap")
                .contains("rivulet.checkpoint.dir (string, not set by default)")
                .contains("rivulet.sql.shuffle.partitions (int, default the slot count)")
                .doesNotContain("`");
    }

    @Test
    void runHelpListsTheOptionsAndExitStatus() {
        Cli.Result result = Cli.rivulet("run", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("Usage: rivulet run")
                .contains("--master=<master>", "--executor-memory=<size>", "--conf=<key=value>", "--name=<name>")
                .contains("--num-executors=<n>", "--executor-cores=<m>", "--class=<class>")
                .contains("--[no-]progress", "--[no-]ui")
                .contains("--[no-]progress                              rivulet.ui.showConsoleProgress")
                .contains("2   invalid command line");
        assertThat(Cli.rivulet("help", "run").out()).isEqualTo(result.out());
    }

    @Test
    void versionNamesRivuletAndJava() {
        Cli.Result result = Cli.rivulet("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines().toList()).first().asString().matches("Rivulet \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(result.out()).contains("Java " + System.getProperty("java.version"));
    }

    @Test
    void noCommandPrintsUsageAsAMistake() {
        Cli.Result result = Cli.rivulet();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("Usage: rivulet");
    }

    @Test
    void unknownCommandOrOptionIsOneLineAndAHint() {
        Cli.Result unknownCommand = Cli.rivulet("runn");
        assertThat(unknownCommand.exitCode()).isEqualTo(2);
        assertThat(unknownCommand.err()).startsWith("rivulet: Unmatched argument at index 0: 'runn'");
        assertThat(unknownCommand.err())
                .endsWith("Try 'rivulet --help' for more information." + System.lineSeparator());

        Cli.Result unknownOption = Cli.rivulet("run", "--masterr", "local", "Job.java");
        assertThat(unknownOption.exitCode()).isEqualTo(2);
        assertThat(unknownOption.err()).startsWith("rivulet run: Unknown option: '--masterr'");

        Cli.Result noJob = Cli.rivulet("run");
        assertThat(noJob.exitCode()).isEqualTo(2);
        assertThat(noJob.err()).startsWith("rivulet run: Missing required parameter: '<job>'");
    }
}
