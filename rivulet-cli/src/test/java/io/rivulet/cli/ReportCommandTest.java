package io.rivulet.cli;

import static io.rivulet.sql.functions.col;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.Pair;
import io.rivulet.Rivulet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rivulet report EVENTLOG -o report.html}. */
class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheReportOfALogOrOfTheNewestLogInADirectory() throws IOException {
        Path logs = dir.resolve("logs");
        try (Rivulet rv = Rivulet.builder()
                .master("local[2]")
                .appName("counts")
                .config("rivulet.eventLog.dir", logs.toString())
                .build()) {
            rv.range(0, 100, 1, 4)
                    .mapToPair(x -> Pair.of(x % 3, x))
                    .reduceByKey(Long::sum)
                    .collect();
        }
        Path log;
        try (Stream<Path> files = Files.list(logs)) {
            log = files.findFirst().orElseThrow();
        }
        Path report = dir.resolve("report.html");

        Cli.Result result = Cli.rivulet("report", log.toString(), "-o", report.toString());

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .isEqualTo("Wrote " + report + ": counts, 1 job, 2 stage runs" + System.lineSeparator());
        String html = Files.readString(report, UTF_8);
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<title>counts · Rivulet</title>", "id=\"rivulet-data\"", "\"name\":\"reduceByKey\"")
                .doesNotContain("<script src");

        Path second = dir.resolve("nested/dir/second.html");
        Cli.Result fromDirectory = Cli.rivulet("report", logs.toString(), "--output", second.toString());
        assertThat(fromDirectory.exitCode()).isZero();
        assertThat(Files.readString(second, UTF_8)).isEqualTo(html);
    }

    @Test
    void theReportOfADataFrameJobDrawsItsPhysicalPlan() throws IOException {
        Path logs = dir.resolve("plan-logs");
        try (Rivulet rv = Rivulet.builder()
                .master("local[2]")
                .appName("plans")
                .config("rivulet.eventLog.dir", logs.toString())
                .build()) {
            assertThat(rv.rangeDF(0, 100, 1, 2).filter(col("id").lt(10)).collectAsList())
                    .hasSize(10);
        }
        Path report = dir.resolve("plans.html");

        Cli.Result result = Cli.rivulet("report", logs.toString(), "-o", report.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(Files.readString(report, UTF_8))
                .contains("<template class=\"rivulet-plan\" data-job-id=\"0\"><svg ")
                .contains("data-operator=\"Filter\"", "data-operator=\"Range\"", ">10 rows \u00b7 ");
    }

    @Test
    void aBadFileIsNamedWithItsLineAndNoParserInternals() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "these are\nnot events\n");
        Cli.Result notJson = Cli.rivulet(
                "report", text.toString(), "-o", dir.resolve("a.html").toString());
        assertThat(notJson.exitCode()).isEqualTo(1);
        assertThat(notJson.err())
                .startsWith(
                        "rivulet report: " + text + " is not a Rivulet event log: its line 1 is not JSON (column 1: ")
                .doesNotContain("StreamReadFeature", "REDACTED", "[Source")
                .hasLineCount(1);

        Path broken = Files.writeString(
                dir.resolve("broken.jsonl"),
                "{\"event\":\"ApplicationStart\",\"logVersion\":1,\"appName\":\"x\",\"master\":\"local\","
                        + "\"slots\":1,\"startTime\":1,\"settings\":{}}\n{\"event\":\"JobStart\", oops\n"
                        + "{\"event\":\"ApplicationEnd\",\"time\":2}\n");
        Cli.Result badLine = Cli.rivulet(
                "report", broken.toString(), "-o", dir.resolve("b.html").toString());
        assertThat(badLine.exitCode()).isEqualTo(1);
        assertThat(badLine.err())
                .startsWith("rivulet report: " + broken + ":2: malformed event: column 22: ")
                .doesNotContain("StreamReadFeature", "REDACTED", "[Source")
                .hasLineCount(1);
    }

    @Test
    void theDefaultNameIsTheLogsWithHtml() {
        assertThat(ReportCommand.reportName(Path.of("logs/wc-20250101-120000.jsonl")))
                .isEqualTo("wc-20250101-120000.html");
        assertThat(ReportCommand.reportName(Path.of("wc-20250101-120000.jsonl.inprogress")))
                .isEqualTo("wc-20250101-120000.html");
    }

    @Test
    void aMissingLogIsAnInvalidCommandLineAndABadOneAFailure() throws IOException {
        Cli.Result missing = Cli.rivulet("report", dir.resolve("nope.jsonl").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("rivulet report: no such file or directory: ");

        Path notALog = Files.writeString(dir.resolve("notes.jsonl"), "{\"hello\":1}\n");
        Cli.Result bad = Cli.rivulet(
                "report", notALog.toString(), "-o", dir.resolve("r.html").toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).startsWith("rivulet report: " + notALog + " is not a Rivulet event log");
        assertThat(dir.resolve("r.html")).doesNotExist();

        Cli.Result empty = Cli.rivulet(
                "report", Files.createDirectory(dir.resolve("empty")).toString());
        assertThat(empty.exitCode()).isEqualTo(1);
        assertThat(empty.err()).contains("no event log (*.jsonl) in the directory");
    }

    @Test
    void helpSaysWhatTheReportShows() {
        Cli.Result result = Cli.rivulet("report", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("Usage: rivulet report", "<eventLog>", "-o, --output=<file>", "rivulet.eventLog.dir")
                .contains("2   invalid command line");
        assertThat(Cli.rivulet("--help").out()).contains("report  Writes the report of an application");
    }
}
