package io.rivulet.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rivulet.PairRDD;
import io.rivulet.Rivulet;
import io.rivulet.examples.SampleApp;
import io.rivulet.internal.RivuletInternals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * End to end in headless Chromium: the live web UI of a running application, and a report opened from disk
 * without network, render their jobs table and each job's DAG (one stage box per stage, skipped stages grey,
 * cached RDDs green, shuffles dashed). Screenshots go to {@code rivulet-core/target/screenshots/}. Skipped,
 * saying so, when Chromium is not installed.
 */
class BrowserTest {
    /** Holds the last job of the live test in a task until the test has seen it running. */
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        Optional<Path[]> installation = Browser.installation();
        assumeTrue(installation.isPresent(), Browser.MISSING);
        browser = Browser.start(installation.get());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theLiveUiShowsJobsDagsAndTasksAndRefreshesWhileAJobRuns() throws Exception {
        Rivulet rv = SampleApp.settings(Rivulet.builder())
                .appName("live-ui")
                .config("rivulet.ui.enabled", "true")
                .config("rivulet.ui.port", "0")
                .build();
        Thread running = null;
        try {
            PairRDD<String, Long> counts = SampleApp.run(rv);
            running = new Thread(() -> rv.range(0, 4, 1, 2)
                    .map(x -> {
                        RELEASE.await(30, TimeUnit.SECONDS);
                        return x;
                    })
                    .count());
            running.start();
            browser.open(rv.uiWebUrl().orElseThrow());
            browser.await(
                    "the running job in the jobs table",
                    d -> browser.count("#jobs-table tbody tr.job-row") == SampleApp.JOBS + 1
                            && !d.findElements(By.cssSelector("#jobs-table .status.RUNNING"))
                                    .isEmpty());

            assertThePicturesOfTheSampleApp();
            assertThat(browser.find("#app-state").getText()).isEqualTo("running");
            assertThat(browser.count("#storage-table tbody tr")).isEqualTo(1);
            assertThat(browser.count("#slots-table tbody tr")).isEqualTo(2);
            assertThat(browser.find("svg.dag[data-job-id='5'] g.stage-cluster.running"))
                    .isNotNull();
            browser.screenshotPage("live-ui.png");
            browser.screenshot("#job-1", "live-ui-dag-job1.png");

            // The stage's tasks are fetched when its row is opened.
            browser.click("#stages-table tr.stage-row[data-run-id='0']");
            browser.await("the tasks of stage run 0", d -> browser.count("#tasks-0 tbody tr") == 4);
            assertThat(browser.count("tr.stage-details svg.histogram rect.hist-bar"))
                    .isPositive();
            browser.screenshot("tr.stage-details", "live-ui-stage0-tasks.png");

            // No reload: the page polls while jobs run, and shows the job's end.
            RELEASE.countDown();
            running.join(30_000);
            browser.await(
                    "the last job's end, without a reload",
                    d -> d.findElements(By.cssSelector("#jobs-table .status.RUNNING"))
                                    .isEmpty()
                            && browser.find("#jobs-table tr.job-row[data-job-id='5'] .status")
                                    .getText()
                                    .equals("succeeded"));
            assertThat(browser.script("return window.rivuletErrors;"))
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .isEmpty();
            assertThat(counts.name()).isNull();
        } finally {
            RELEASE.countDown();
            rv.close();
            if (running != null) {
                running.join(30_000);
            }
        }
    }

    @Test
    void aReportOpenedFromDiskShowsTheSamePicturesWithoutNetwork(@TempDir Path dir) throws Exception {
        Path log;
        Rivulet rv = SampleApp.settings(Rivulet.builder())
                .appName("report")
                .config("rivulet.eventLog.dir", dir.toString())
                .build();
        try {
            PairRDD<String, Long> counts = SampleApp.run(rv);
            log = RivuletInternals.engine(rv).eventLog().orElseThrow().path();
            rv.close();
            assertThat(counts.id()).isNotNegative();
        } finally {
            rv.close();
        }
        Path report = Files.createDirectories(Browser.SCREENSHOTS).resolve("report.html");
        Report.write(log, report);

        browser.open(report.toAbsolutePath().toUri().toString());
        browser.awaitRendered(1);

        assertThat(browser.count("#jobs-table tbody tr.job-row")).isEqualTo(SampleApp.JOBS);
        assertThePicturesOfTheSampleApp();
        assertThat(browser.find("#app-state").getText()).isEqualTo("finished");
        assertThat(browser.count("#stage-timeline rect.stage-bar"))
                .isEqualTo(browser.count("#stages-table tr.stage-row"));
        assertThat(browser.count("#duration-histogram rect.hist-bar")).isPositive();
        assertThat(browser.find("#spills").getText()).doesNotContain("Nothing spilled");
        assertThat(browser.count("#storage-table tbody tr")).isEqualTo(1);
        browser.click("#stages-table tr.stage-row[data-run-id='1']");
        browser.await("the tasks of stage run 1, from the report's data", d -> browser.count("#tasks-1 tbody tr") == 4);
        assertThat(browser.script("return window.rivuletErrors;"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .isEmpty();
        browser.screenshotPage("report.png");
        browser.screenshot(browser.find("#job-1"), "report-dag-job1.png");
        browser.screenshot(browser.find("#timeline"), "report-timeline.png");
    }

    @Test
    void aDataFrameJobShowsItsPhysicalPlanBesideItsStagesLiveAndInItsReport(@TempDir Path dir) throws Exception {
        Path log;
        try (Rivulet rv = Rivulet.builder()
                .master("local[2]")
                .appName("plans")
                .config("rivulet.ui.enabled", "true")
                .config("rivulet.ui.port", "0")
                .config("rivulet.eventLog.dir", dir.toString())
                .build()) {
            rv.range(0, 10).count();
            assertThat(rv.rangeDF(0, 1000, 1, 4)
                            .filter(io.rivulet.sql.functions.col("id").lt(100))
                            .selectExpr("id * 2 AS twice")
                            .collectAsList())
                    .hasSize(100);
            log = RivuletInternals.engine(rv).eventLog().orElseThrow().path();

            browser.open(rv.uiWebUrl().orElseThrow());
            assertThePlanOfJob1("live");
            browser.screenshot("#job-1", "live-ui-plan-job1.png");
        }
        Path report = Files.createDirectories(Browser.SCREENSHOTS).resolve("report-plans.html");
        Report.write(log, report);

        browser.open(report.toAbsolutePath().toUri().toString());
        browser.awaitRendered(1);
        assertThePlanOfJob1("report");
        browser.screenshot("#job-1", "report-plan-job1.png");
    }

    /** Job 0 ran RDDs: no plan. Job 1 is the DataFrame's: its plan beside its stages, the filter's rows in it. */
    private static void assertThePlanOfJob1(String page) {
        browser.await(page + ": the plan of job 1", d -> browser.count("svg.plan[data-job-id='1'] g.plan-node") == 3);
        assertThat(browser.count("#job-1 .job-pictures svg.dag")).isEqualTo(1);
        assertThat(browser.count("svg.plan")).isEqualTo(1);
        assertThat(browser.count("#job-0 .job-pictures")).isZero();
        List<String> names =
                browser.driver().findElements(By.cssSelector("svg.plan[data-job-id='1'] text.plan-name")).stream()
                        .map(element -> element.getText())
                        .toList();
        assertThat(names).containsExactly("Project", "Filter", "Range");
        assertThat(browser.find("svg.plan[data-job-id='1'] g.plan-node[data-operator='Filter'] text.plan-metrics")
                        .getText())
                .startsWith("100 rows");
        assertThat(browser.script("return window.rivuletErrors;"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .isEmpty();
    }

    /** What both pages show of {@link SampleApp}: jobs 0 to 4 as it ran them. */
    private static void assertThePicturesOfTheSampleApp() {
        // Job 0, the word count: a map stage and a result stage, joined by a shuffle; the counts are cached.
        assertThat(browser.count("svg.dag[data-job-id='0'] g.stage-cluster")).isEqualTo(2);
        assertThat(browser.count("svg.dag[data-job-id='0'] g.stage-cluster.skipped"))
                .isZero();
        assertThat(browser.count("svg.dag[data-job-id='0'] path.edge.shuffle")).isEqualTo(1);
        assertThat(browser.count("svg.dag[data-job-id='0'] g.rdd-node")).isEqualTo(4);
        assertThat(browser.count("svg.dag[data-job-id='0'] g.rdd-node.cached")).isEqualTo(1);
        // Job 1, the join: the counts' map stage is skipped (greyed), the other side and the join run.
        assertThat(browser.count("svg.dag[data-job-id='1'] g.stage-cluster")).isEqualTo(3);
        assertThat(browser.count("svg.dag[data-job-id='1'] g.stage-cluster.skipped"))
                .isEqualTo(1);
        assertThat(browser.count("svg.dag[data-job-id='1'] path.edge.shuffle")).isEqualTo(2);
        assertThat(browser.find("svg.dag[data-job-id='1'] g.stage-cluster.skipped text.stage-label")
                        .getText())
                .endsWith("(skipped)");
        // Job 3 failed; every DAG has one box per stage of its job.
        assertThat(browser.count("svg.dag[data-job-id='3'] g.stage-cluster.failed"))
                .isEqualTo(1);
        for (int job = 0; job < SampleApp.JOBS; job++) {
            assertThat(browser.count("svg.dag[data-job-id='" + job + "'] rect.stage-box"))
                    .as("stage boxes of job " + job)
                    .isEqualTo(browser.count("svg.dag[data-job-id='" + job + "'] g.stage-cluster"))
                    .isPositive();
        }
        List<String> labels = browser.driver().findElements(By.cssSelector("svg.dag[data-job-id='0'] text.op")).stream()
                .map(element -> element.getText())
                .toList();
        assertThat(labels).containsExactly("lines [0]", "flatMap [1]", "mapToPair [2]", "reduceByKey [3]");
    }
}
