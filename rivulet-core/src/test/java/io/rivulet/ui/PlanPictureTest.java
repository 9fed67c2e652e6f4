package io.rivulet.ui;

import static io.rivulet.sql.functions.col;
import static io.rivulet.sql.functions.lit;
import static io.rivulet.sql.functions.udf;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.Rivulet;
import io.rivulet.internal.RivuletInternals;
import io.rivulet.sql.DataFrame;
import io.rivulet.sql.api.UDF1;
import io.rivulet.sql.expressions.UserDefinedFunction;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.status.AppStatus;
import io.rivulet.status.EventJson;
import io.rivulet.status.StatusSnapshot.JobStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The physical plan of a DataFrame job, drawn: inline in the report (rebuilt from the event log), and served by the
 * live web UI with its operators' metrics as they grow while the job runs.
 */
class PlanPictureTest {
    private static final String HOSTILE = "</template></svg><script>alert('x')</script>";
    /** Holds the task of the live test's second partition until the test has seen the first one's rows. */
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    @TempDir
    Path dir;

    @Test
    void theReportDrawsEachDataFrameJobsPlanBesideItsStagesAndNothingForRddJobs() throws Exception {
        Path log;
        try (Rivulet rv = Rivulet.builder()
                .master("local[2]")
                .appName("report-plans")
                .config("rivulet.eventLog.dir", dir.toString())
                .build()) {
            rv.range(0, 10).count();
            DataFrame frame = rv.rangeDF(0, 1000, 1, 4)
                    .withColumn("tag", lit(HOSTILE))
                    .filter(col("id").lt(100).and(col("tag").notEqual(lit(HOSTILE + "!"))));
            assertThat(frame.collectAsList()).hasSize(100);
            log = RivuletInternals.engine(rv).eventLog().orElseThrow().path();
        }

        Report.write(log, dir.resolve("report.html"));

        String html = Files.readString(dir.resolve("report.html"), UTF_8);
        assertThat(html)
                .contains(
                        "<template class=\"rivulet-plan\" data-job-id=\"1\"><svg xmlns=\"http://www.w3.org/2000/svg\" "
                                + "class=\"plan\" data-job-id=\"1\"")
                .doesNotContain("data-job-id=\"0\"><svg")
                .contains("data-operator=\"Filter\"", "data-operator=\"Range\"", "data-operator=\"Project\"")
                .contains(">100 rows \u00b7 ", ">1,000 rows \u00b7 ")
                .doesNotContain(HOSTILE)
                .contains("&lt;/template&gt;&lt;/svg&gt;&lt;script&gt;alert(&#39;x&#39;)");
        // Exactly one template, closed once: no name ended it early.
        assertThat(html.split("<template class=\"rivulet-plan\" data-job-id=", -1))
                .hasSize(2);
        assertThat(html.split("</template>", -1)).hasSize(2);
        assertThat(UiPage.resource("rivulet-ui.js")).contains("template.rivulet-plan[data-job-id=");
    }

    @Test
    void theLiveUiServesTheRunningJobsPlanAsItGrowsAndTheFinalOneAfter() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (Rivulet rv = Rivulet.builder()
                .master("local[2]")
                .appName("live-plans")
                .config("rivulet.ui.enabled", "true")
                .config("rivulet.ui.port", "0")
                .build()) {
            String url = rv.uiWebUrl().orElseThrow();
            rv.range(0, 10).count();
            UDF1<Long, Boolean> holdLast = id -> {
                if (id == 3) {
                    RELEASE.await(60, TimeUnit.SECONDS);
                }
                return true;
            };
            UserDefinedFunction hold = udf(holdLast, DataTypes.BooleanType);
            DataFrame frame = rv.rangeDF(0, 4, 1, 2).filter(hold.apply(col("id")));
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread running = new Thread(() -> {
                try {
                    frame.collectAsList();
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            running.start();
            AppStatus status = RivuletInternals.engine(rv).appStatus().orElseThrow();
            try {
                // Waits until the first partition is done (a hang guard, not a timing check).
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!firstTaskDone(status) && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                HttpResponse<String> live = get(http, url + "api/jobs/1/plan.svg");
                assertThat(live.statusCode()).isEqualTo(200);
                assertThat(live.headers().firstValue("Content-Type")).hasValue("image/svg+xml; charset=utf-8");
                assertThat(live.body())
                        .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plan\" data-job-id=\"1\"")
                        .contains("data-operator=\"Filter\"", "data-operator=\"Range\"")
                        .contains("2 rows out from 1 partition\n");
                Map<String, Object> json =
                        EventJson.parse(get(http, url + "api/status").body());
                List<Map<String, Object>> jobs = EventJson.objects(json, "jobs");
                assertThat(jobs.get(0)).containsEntry("hasPlan", false);
                assertThat(jobs.get(1)).containsEntry("hasPlan", true).containsEntry("status", "RUNNING");
            } finally {
                RELEASE.countDown();
                running.join(TimeUnit.SECONDS.toMillis(60));
            }
            assertThat(failure.get()).isNull();

            assertThat(get(http, url + "api/jobs/1/plan.svg").body()).contains("4 rows out from 2 partitions\n");
            assertThat(get(http, url + "api/jobs/0/plan.svg").statusCode()).isEqualTo(404);
            assertThat(get(http, url + "api/jobs/99/plan.svg").statusCode()).isEqualTo(404);
            assertThat(get(http, url + "api/jobs/x/plan.svg").statusCode()).isEqualTo(404);
        }
    }

    private static boolean firstTaskDone(AppStatus status) {
        List<JobStatus> jobs = status.snapshot().jobs();
        return jobs.size() == 2 && jobs.get(1).tasksSucceeded() >= 1;
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
