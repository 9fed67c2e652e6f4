package io.rivulet.status;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.JobInfo;
import io.rivulet.PairRDD;
import io.rivulet.Rivulet;
import io.rivulet.StorageLevel;
import io.rivulet.engine.Engine;
import io.rivulet.examples.SampleApp;
import io.rivulet.internal.RivuletInternals;
import io.rivulet.status.StatusSnapshot.JobStatus;
import io.rivulet.status.StatusSnapshot.RunStatus;
import io.rivulet.status.StatusSnapshot.StageStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application's event log, replayed, gives the same status model as the live one that listened to the
 * same events; and the log says what the report needs (skipped stages, RDD graphs, cached RDDs, spills).
 */
class EventLogRoundTripTest {
    @TempDir
    static Path dir;

    private static AppStatus live;
    private static Path log;
    private static boolean inProgressWhileRunning;
    /** Held until the application is closed, so that its blocks are reported as cached then. */
    private static PairRDD<String, Long> cachedCounts;

    @BeforeAll
    static void runTheSampleApp() {
        Rivulet rv = SampleApp.settings(Rivulet.builder())
                .appName("round trip/1")
                .config("rivulet.eventLog.dir", dir.resolve("logs").toString())
                .config("rivulet.ui.enabled", "true")
                .config("rivulet.ui.port", "0")
                .build();
        try {
            cachedCounts = SampleApp.run(rv);
            Engine engine = RivuletInternals.engine(rv);
            live = engine.appStatus().orElseThrow();
            log = engine.eventLog().orElseThrow().path();
            inProgressWhileRunning =
                    Files.exists(engine.eventLog().orElseThrow().inProgressPath()) && !Files.exists(log);
        } finally {
            rv.close();
        }
    }

    @Test
    void theReplayedModelIsTheLiveOne() {
        AppStatus replayed = EventLogReader.replay(log);

        StatusSnapshot expected = live.snapshot();
        assertThat(replayed.snapshot()).isEqualTo(expected);
        for (StageStatus stage : expected.stages()) {
            assertThat(replayed.tasks(stage.runId()))
                    .as("tasks of run " + stage.runId())
                    .isEqualTo(live.tasks(stage.runId()));
        }
        assertThat(new String(StatusJson.statusWithTasks(replayed.snapshot(), replayed), UTF_8))
                .isEqualTo(new String(StatusJson.statusWithTasks(expected, live), UTF_8));
    }

    @Test
    void theLogIsNamedForTheAppAndRenamedWhenClosed() throws IOException {
        assertThat(inProgressWhileRunning)
                .as("only the .inprogress file while running")
                .isTrue();
        assertThat(log.getFileName().toString()).matches("round_trip_1-\\d{8}-\\d{6}\\.jsonl");
        try (Stream<Path> files = Files.list(log.getParent())) {
            assertThat(files).containsExactly(log);
        }
    }

    @Test
    void everyLineIsOneEventFromApplicationStartToEnd() throws IOException {
        List<String> lines = Files.readAllLines(log, UTF_8);
        List<String> events = lines.stream()
                .map(line -> {
                    try {
                        return EventJson.text(EventJson.parse(line), "event");
                    } catch (IOException e) {
                        throw new AssertionError("not one JSON object: " + line, e);
                    }
                })
                .toList();

        assertThat(events.get(0)).isEqualTo("ApplicationStart");
        assertThat(events.get(events.size() - 1)).isEqualTo("ApplicationEnd");
        assertThat(events.get(events.size() - 2)).isEqualTo("StorageUpdated");
        assertThat(events)
                .contains("JobStart", "StageSubmitted", "TaskEnd", "StageCompleted", "JobEnd", "Spill")
                .filteredOn("JobStart"::equals)
                .hasSize(SampleApp.JOBS);
        Map<String, Object> start = EventJson.parse(lines.get(0));
        assertThat(start)
                .containsEntry("appName", "round trip/1")
                .containsEntry("master", "local[2]")
                .containsEntry("slots", 2L)
                .containsEntry("logVersion", 1L);
    }

    @Test
    void theModelKnowsSkippedStagesRddGraphsStorageAndSpills() {
        StatusSnapshot snapshot = EventLogReader.replay(log).snapshot();

        assertThat(snapshot.jobs()).hasSize(SampleApp.JOBS);
        assertThat(snapshot.endTimeMillis()).isPositive();
        JobStatus wordCount = snapshot.jobs().get(0);
        JobStatus join = snapshot.jobs().get(1);
        JobStatus count = snapshot.jobs().get(2);
        assertThat(wordCount.skippedStageIds()).isEmpty();
        assertThat(wordCount.runIds()).hasSize(2);
        // The join reads the counts' shuffle again: that stage's output exists, so it is skipped.
        int countsMapStage = wordCount.info().stageIds().get(0);
        assertThat(join.skippedStageIds()).containsExactly(countsMapStage);
        assertThat(count.skippedStageIds()).containsExactly(countsMapStage);
        assertThat(snapshot.jobs().get(3).info().status()).isEqualTo(JobInfo.Status.FAILED);

        StageStatus mapSide = snapshot.stages().get(0);
        assertThat(mapSide.info().isShuffleMap()).isTrue();
        assertThat(mapSide.info().rddInfos())
                .extracting(rdd -> rdd.name())
                .containsExactly("lines", "flatMap", "mapToPair");
        assertThat(mapSide.info().rddInfos().get(0).callSite()).startsWith("SampleApp.java:");
        StageStatus reduceSide = snapshot.stages().get(1);
        assertThat(reduceSide.info().parentIds()).containsExactly(mapSide.info().stageId());
        assertThat(reduceSide.info().rddInfos().get(0).shuffleParentIds())
                .containsExactly(mapSide.info().rddInfos().get(2).id());
        assertThat(reduceSide.info().rddInfos().get(0).storageLevel()).isEqualTo(StorageLevel.MEMORY_ONLY);
        assertThat(reduceSide.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(reduceSide.tasksSucceeded()).isEqualTo(reduceSide.info().numTasks());
        assertThat(reduceSide.info().metrics().shuffleReadBytes()).isPositive();

        assertThat(snapshot.storage()).singleElement().satisfies(rdd -> {
            assertThat(rdd.name()).isEqualTo("reduceByKey");
            assertThat(rdd.numCachedPartitions()).isEqualTo(rdd.numPartitions());
            assertThat(rdd.memoryBytes()).isPositive();
        });
        assertThat(snapshot.spills().count()).isPositive();
        assertThat(snapshot.slots())
                .hasSize(2)
                .allSatisfy(slot -> assertThat(slot.tasks()).isPositive());
    }
}
