package io.rivulet.cli;

import io.rivulet.config.RivuletConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code rivulet} command: {@code rivulet run [options] Job.java [args...]} and
 * {@code rivulet report EVENTLOG -o report.html}.
 *
 * <p>Each action is a subcommand class ({@link RunCommand}, {@link ReportCommand}; later ones such as a history
 * server are added to {@code subcommands} below). Tests and embedders call {@link #newCommandLine()} and
 * {@link CommandLine#execute} in-process, with their own out and err writers.
 *
 * <p>Exit status: 0 when the command succeeded, 1 when the job failed (it did not compile, or threw), 2 when
 * the command line was invalid.
 */
@Command(
        name = "rivulet",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Runs Rivulet jobs: Apache Spark's RDD model, embedded in one JVM.",
        subcommands = {RunCommand.class, ReportCommand.class, HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  rivulet run examples/WordCount.java README.md",
            "  rivulet run --master local[4] Job.java in/ out/",
            "  rivulet run --class com.acme.Job app.jar 2024-01-01",
            "  rivulet report logs/ -o report.html",
            "",
            "Environment (bin/rivulet): RIVULET_JAVA_OPTS adds JVM options (-Xmx4g),",
            "JAVA_HOME picks the Java.",
            "",
            "Run 'rivulet help run' for the options of run."
        })
public final class Main implements Callable<Integer> {
    /** The exit status of a job that did not compile or that threw. */
    public static final int JOB_FAILED = 1;

    @Spec
    private CommandSpec spec;

    @Option(names = "--help-config", description = "List every configuration key: its kind, default and meaning.")
    private boolean helpConfig;

    /**
     * Java logging's format in this command's JVM (and only there: an application embedding Rivulet keeps its
     * own): one line per message, as Spark's, {@code 26/12/07 01:13:03 WARNING io.rivulet.scheduler.JobRunner:
     * task for partition 3 of stage 1 ... failed ...; retrying}, the stack trace of a logged exception below it.
     */
    static final String LOG_FORMAT = "%1$ty/%1$tm/%1$td %1$tH:%1$tM:%1$tS %4$s %3$s: %5$s%6$s%n";

    private static final String LOG_FORMAT_PROPERTY = "java.util.logging.SimpleFormatter.format";

    /** Runs the command; exits the JVM only on failure, so that threads a successful job left running go on. */
    public static void main(String[] args) {
        // Before anything logs: the console handler's formatter reads it once. -D on the command line wins.
        if (System.getProperty(LOG_FORMAT_PROPERTY) == null) {
            System.setProperty(LOG_FORMAT_PROPERTY, LOG_FORMAT);
        }
        int status = newCommandLine().execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** A fresh command line; set its out and err writers before {@code execute} to capture its messages. */
    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        // Everything after the job file belongs to the job, even when it looks like an option: run Job.java --help.
        commandLine.getSubcommands().get(RunCommand.NAME).setStopAtPositional(true);
        commandLine.setParameterExceptionHandler(Main::invalidInput);
        return commandLine;
    }

    /** {@code rivulet --help-config}: the settings; {@code rivulet} alone: the usage help, on err, as an error. */
    @Override
    public Integer call() {
        if (helpConfig) {
            spec.commandLine().getOut().print(RivuletConfig.plainText());
            spec.commandLine().getOut().flush();
            return 0;
        }
        spec.commandLine().usage(spec.commandLine().getErr());
        return spec.exitCodeOnInvalidInput();
    }

    /** One line saying what is wrong and where to read more, rather than the whole usage help. */
    private static int invalidInput(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String name = commandLine.getCommandSpec().qualifiedName();
        err.println(commandLine.getColorScheme().errorText(name + ": " + e.getMessage()));
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** {@code rivulet --version}: Rivulet's version and the Java running it. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            return new String[] {
                "Rivulet " + rivuletVersion(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.vm.name") + ")",
                "OS " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch")
            };
        }

        static String rivuletVersion() throws IOException {
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    return "(unknown version)";
                }
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "(unknown version)");
            }
        }
    }
}
