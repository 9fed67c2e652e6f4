package io.rivulet.status;

import static io.rivulet.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import io.rivulet.JobInfo;
import io.rivulet.PlanGraph;
import io.rivulet.Rivulet;
import io.rivulet.engine.Engine;
import io.rivulet.internal.RivuletInternals;
import io.rivulet.status.StatusSnapshot.JobStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event log keeps the plan of a DataFrame job, so that a report shows it; logs without plans still read. */
class PlanEventLogTest {
    private static final String START = "{\"event\":\"ApplicationStart\",\"logVersion\":1,\"appName\":\"a\","
            + "\"master\":\"local\",\"slots\":1,\"startTime\":5,\"settings\":{}}";

    @TempDir
    Path dir;

    static PlanGraph samplePlan(String awkward) {
        return new PlanGraph(List.of(
                new PlanGraph.Node(0, "Project", awkward, List.of(1), 7, 1_500_000, 2),
                new PlanGraph.Node(1, "Filter", "(id#1 < 10)", List.of(2), 7, 1_000_000, 2),
                new PlanGraph.Node(2, "Scan json", "", List.of(), Long.MAX_VALUE, 0, 0)));
    }

    @Test
    void aJobsPlanSurvivesJsonWithAwkwardText() throws IOException {
        String awkward = "quote \" backslash \\ newline \n </svg> <b>&amp; \u00e9\ud83d\ude00";
        JobInfo job = new JobInfo(
                3,
                "collect at X.java:1",
                List.of(4, 5),
                9,
                21,
                JobInfo.Status.SUCCEEDED,
                null,
                Optional.of(samplePlan(awkward)));

        StringWriter text = new StringWriter();
        try (JsonGenerator out = EventJson.FACTORY.createGenerator(text)) {
            out.writeStartObject();
            EventJson.writeJob(out, job);
            EventJson.writePlan(out, job);
            out.writeEndObject();
        }

        assertThat(EventJson.readJob(EventJson.parse(text.toString()))).isEqualTo(job);
    }

    @Test
    void aLogWrittenBeforePlansReadsAsJobsWithout() throws IOException {
        String job = "\"jobId\":0,\"name\":\"count at A.java:1\",\"stageIds\":[0],\"submissionTime\":6,";
        Path log = dir.resolve("old.jsonl");
        Files.write(
                log,
                List.of(
                        START,
                        "{\"event\":\"JobStart\"," + job + "\"completionTime\":0,\"status\":\"RUNNING\","
                                + "\"failureReason\":null}",
                        "{\"event\":\"JobEnd\"," + job + "\"completionTime\":8,\"status\":\"SUCCEEDED\","
                                + "\"failureReason\":null,\"skippedStageIds\":[]}",
                        "{\"event\":\"ApplicationEnd\",\"time\":9}"),
                StandardCharsets.UTF_8);

        AppStatus status = EventLogReader.replay(log);

        assertThat(status.snapshot().jobs())
                .singleElement()
                .satisfies(each -> assertThat(each.info().plan()).isEmpty());
        assertThat(status.plan(0)).isEmpty();
    }

    @Test
    void aPlanWithoutNodesOrNamesIsMalformed() throws IOException {
        String job = "\"jobId\":0,\"name\":\"n\",\"stageIds\":[],\"submissionTime\":6,\"completionTime\":0,"
                + "\"status\":\"RUNNING\",\"failureReason\":null,";
        Path noName = dir.resolve("no-name.jsonl");
        Files.write(
                noName,
                List.of(
                        START,
                        "{\"event\":\"JobStart\"," + job + "\"plan\":{\"nodes\":[{\"id\":0,"
                                + "\"childIds\":[],\"outputRows\":1,\"elapsedNanos\":1,\"partitions\":1}]}}",
                        "{}"));
        Path noNodes = dir.resolve("no-nodes.jsonl");
        Files.write(noNodes, List.of(START, "{\"event\":\"JobStart\"," + job + "\"plan\":{\"nodes\":[]}}", "{}"));

        assertThatThrownBy(() -> EventLogReader.replay(noName))
                .hasMessageContaining(":2: malformed event")
                .hasMessageContaining("field 'name'");
        assertThatThrownBy(() -> EventLogReader.replay(noNodes))
                .hasMessageContaining(":2: malformed event")
                .hasMessageContaining("at least one operator");
    }

    @Test
    void theReplayedPlanOfADataFrameJobIsTheLiveOne() {
        Path logs = dir.resolve("logs");
        AppStatus live;
        Path log;
        try (Rivulet rv = Rivulet.builder()
                .master("local[2]")
                .appName("plans")
                .config("rivulet.eventLog.dir", logs.toString())
                .config("rivulet.ui.enabled", "true")
                .config("rivulet.ui.port", "0")
                .build()) {
            assertThat(rv.rangeDF(0, 300, 1, 3).filter(col("id").lt(30)).collectAsList())
                    .hasSize(30);
            rv.range(0, 10).count();
            Engine engine = RivuletInternals.engine(rv);
            live = engine.appStatus().orElseThrow();
            log = engine.eventLog().orElseThrow().path();
        }

        AppStatus replayed = EventLogReader.replay(log);

        assertThat(replayed.snapshot()).isEqualTo(live.snapshot());
        List<JobStatus> jobs = replayed.snapshot().jobs();
        assertThat(jobs).hasSize(2);
        PlanGraph plan = replayed.plan(jobs.get(0).info().jobId()).orElseThrow();
        assertThat(plan).isEqualTo(live.plan(jobs.get(0).info().jobId()).orElseThrow());
        assertThat(plan.nodes())
                .filteredOn(node -> node.name().equals("Filter"))
                .singleElement()
                .satisfies(filter -> assertThat(filter.outputRows()).isEqualTo(30));
        assertThat(replayed.plan(jobs.get(1).info().jobId())).isEmpty();
    }
}
