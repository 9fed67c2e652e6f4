package io.rivulet.cli;

import io.rivulet.status.AppStatus;
import io.rivulet.status.EventLogReader;
import io.rivulet.status.EventLogWriter;
import io.rivulet.status.StatusSnapshot;
import io.rivulet.ui.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rivulet report EVENTLOG [-o report.html]}: the report of an application from its event log (written
 * where {@code rivulet.eventLog.dir} points), as one HTML file that needs no network to be viewed: the jobs,
 * each job's DAG, the stage timeline, task durations, shuffle, spill and record counts, cached RDDs, slots.
 *
 * <p>Exit status: 0 when the report was written; 1 when the log could not be read or the report written; 2 when
 * the command line is wrong (no such file).
 */
@Command(
        name = ReportCommand.NAME,
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "Writes the report of an application from its event log: one self-contained HTML file.",
        description = {
            "Event logs are written by applications run with rivulet.eventLog.dir set (--conf"
                    + " rivulet.eventLog.dir=DIR), one <appName>-<yyyyMMdd-HHmmss>.jsonl file each; a log still"
                    + " ending in .inprogress is one of an application that runs (or died): its report shows what"
                    + " happened so far.",
            "The report shows the jobs, each job's DAG (RDDs grouped in stage boxes, shuffles dashed, cached RDDs"
                    + " green, skipped stages grey), the stage timeline, task durations, shuffle, spill and record"
                    + " counts, cached RDDs and the slots. It needs no network to be viewed."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the report was written",
            "1:the event log could not be read, or the report not written",
            "2:invalid command line"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  rivulet run --conf rivulet.eventLog.dir=logs examples/WordCount.java README.md",
            "  rivulet report logs -o report.html          (the newest log in logs/)",
            "  rivulet report logs/wordcount-20250101-120000.jsonl"
        })
final class ReportCommand implements Callable<Integer> {
    static final String NAME = "report";

    @Spec
    private CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "<eventLog>",
            description = "An event log (.jsonl), or a directory of them: its newest log.")
    private Path eventLog;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "<file>",
            description = "Where to write the report. Default: the log's name with .html, in the current directory.")
    private Path output;

    @Override
    public Integer call() {
        if (!Files.exists(eventLog)) {
            throw new ParameterException(spec.commandLine(), "no such file or directory: " + eventLog);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Path log = EventLogReader.resolve(eventLog);
            Path target = output != null ? output : Path.of(reportName(log));
            AppStatus status = Report.write(log, target);
            StatusSnapshot snapshot = status.snapshot();
            out.println("Wrote " + target + ": " + snapshot.app().appName() + ", "
                    + count(snapshot.jobs().size(), "job")
                    + ", " + count(snapshot.stages().size(), "stage run")
                    + (snapshot.endTimeMillis() == 0 ? " (the log has no end: the application runs, or died)" : ""));
            return 0;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println(spec.qualifiedName() + ": " + e.getMessage());
            return Main.JOB_FAILED;
        } catch (IOException e) {
            err.println(spec.qualifiedName() + ": cannot write the report: " + e);
            return Main.JOB_FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** {@code app-20250101-120000.jsonl} (or {@code .jsonl.inprogress}) gives {@code app-20250101-120000.html}. */
    static String reportName(Path log) {
        String name = log.getFileName().toString();
        for (String suffix : new String[] {EventLogWriter.IN_PROGRESS, EventLogWriter.EXTENSION}) {
            if (name.endsWith(suffix)) {
                name = name.substring(0, name.length() - suffix.length());
            }
        }
        return name + ".html";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
