package io.rivulet.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.Rivulet;
import io.rivulet.engine.Engine;
import io.rivulet.internal.RivuletInternals;
import io.rivulet.status.AppStatus;
import io.rivulet.status.EventJson;
import io.rivulet.status.EventLogReader;
import io.rivulet.status.StatusJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports are one self-contained HTML file, whatever the names in the application. */
class ReportTest {
    private static final String HOSTILE = "</script><script>alert('x')</script><!--";

    @TempDir
    Path dir;

    @Test
    void theReportInlinesItsDataScriptsAndStylesAndEscapesNames() throws Exception {
        Path log;
        try (Rivulet rv = Rivulet.builder()
                .master("local[2]")
                .appName(HOSTILE)
                .config("rivulet.eventLog.dir", dir.toString())
                .build()) {
            rv.parallelize(List.of("a", "b", "a"), 2).setName(HOSTILE).countByValue();
            log = RivuletInternals.engine(rv).eventLog().map(e -> e.path()).orElseThrow();
        }
        Path report = dir.resolve("out/report.html");

        AppStatus status = Report.write(log, report);

        String html = Files.readString(report, UTF_8);
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains(
                        "<title>&lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;!-- · Rivulet</title>")
                .doesNotContain("<script src", "<link", "<script>alert")
                .contains("dagre");
        // The data element ends at its own closing tag and holds the status, names intact.
        String start = "<script type=\"application/json\" id=\"rivulet-data\">";
        int from = html.indexOf(start) + start.length();
        String json = html.substring(from, html.indexOf("</script>", from));
        Map<String, Object> data = EventJson.parse(json);
        assertThat(EventJson.object(data, "app")).containsEntry("appName", HOSTILE);
        assertThat(EventJson.objects(EventJson.objects(data, "stages").get(0), "rdds")
                        .get(0))
                .containsEntry("name", HOSTILE);
        assertThat(json.replace("\\u003c", "<"))
                .isEqualTo(new String(StatusJson.statusWithTasks(status.snapshot(), status), UTF_8));
        assertThat(EventJson.object(data, "tasks")).containsKeys("0", "1");
        assertThat(Files.getPosixFilePermissions(report)).contains(PosixFilePermission.OTHERS_READ);
        try (var files = Files.list(report.getParent())) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void aReportOfARunningApplicationsLogShowsWhatHappenedSoFar() throws Exception {
        try (Rivulet rv = Rivulet.builder()
                .master("local[1]")
                .appName("running")
                .config("rivulet.eventLog.dir", dir.toString())
                .build()) {
            rv.range(0, 10).count();
            Engine engine = RivuletInternals.engine(rv);
            Path inProgress = engine.eventLog().orElseThrow().inProgressPath();

            AppStatus status = EventLogReader.replay(EventLogReader.resolve(dir));

            assertThat(EventLogReader.resolve(dir)).isEqualTo(inProgress);
            assertThat(status.snapshot().jobs()).hasSize(1);
            assertThat(status.snapshot().endTimeMillis()).isZero();
            assertThat(Report.html(status)).contains("\"appName\":\"running\"");
        }
    }
}
