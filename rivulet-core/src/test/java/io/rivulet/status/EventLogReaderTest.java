package io.rivulet.status;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import io.rivulet.JobInfo;
import io.rivulet.Metrics;
import io.rivulet.RDDInfo;
import io.rivulet.RDDStorageInfo;
import io.rivulet.SpillInfo;
import io.rivulet.StageInfo;
import io.rivulet.StorageLevel;
import io.rivulet.TaskInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each event record survives JSON; damaged, foreign and newer logs are told apart. */
class EventLogReaderTest {
    private static final String START = "{\"event\":\"ApplicationStart\",\"logVersion\":1,\"appName\":\"a\","
            + "\"master\":\"local\",\"slots\":1,\"startTime\":5,\"settings\":{}}";

    @TempDir
    Path dir;

    @Test
    void everyRecordSurvivesJsonWithAwkwardText() throws IOException {
        String awkward = "quote \" backslash \\ newline \n tab \t </script> \u00e9\u4e2d\ud83d\ude00 \u0001";
        Metrics metrics = new Metrics(1, 2, 3, 4, Long.MAX_VALUE, 6);
        RDDInfo rdd = new RDDInfo(7, awkward, "Job.java:3", List.of(5, 6), List.of(6), 4, StorageLevel.MEMORY_AND_DISK);
        StageInfo stage = new StageInfo(3, 1, awkward, 4, false, List.of(1, 2), List.of(rdd), 10, 20, null, metrics);
        JobInfo job = new JobInfo(2, awkward, List.of(1, 2, 3), 9, 21, JobInfo.Status.FAILED, awkward);
        TaskInfo task = new TaskInfo(1L << 40, 2, 3, 1, 0, 2, "slot-1", 11, 19, false, awkward, metrics);
        SpillInfo spill = new SpillInfo(3, 0, 12, "sort buffer", 100, 2048, awkward);
        RDDStorageInfo stored = new RDDStorageInfo(7, awkward, StorageLevel.DISK_ONLY, 4, 2, 0, 4096);

        assertThat(EventJson.readRdd(roundTrip(out -> EventJson.writeRdd(out, rdd))))
                .isEqualTo(rdd);
        assertThat(EventJson.readStage(roundTrip(out -> EventJson.writeStage(out, stage))))
                .isEqualTo(stage);
        assertThat(EventJson.readJob(roundTrip(out -> EventJson.writeJob(out, job))))
                .isEqualTo(job);
        assertThat(EventJson.readTask(roundTrip(out -> EventJson.writeTask(out, task))))
                .isEqualTo(task);
        assertThat(EventJson.readSpill(roundTrip(out -> EventJson.writeSpill(out, spill))))
                .isEqualTo(spill);
        assertThat(EventJson.readStorage(roundTrip(out -> EventJson.writeStorage(out, stored))))
                .isEqualTo(stored);
        ApplicationInfo app = new ApplicationInfo(awkward, "local[*]", 8, 1, Map.of("rivulet.x", awkward));
        assertThat(EventJson.readApp(roundTrip(out -> EventJson.writeApp(out, app))))
                .isEqualTo(app);
    }

    private interface Fields {
        void write(JsonGenerator out) throws IOException;
    }

    private static Map<String, Object> roundTrip(Fields fields) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = EventJson.FACTORY.createGenerator(text)) {
            out.writeStartObject();
            fields.write(out);
            out.writeEndObject();
        }
        assertThat(text.toString()).doesNotContain("\n");
        return EventJson.parse(text.toString());
    }

    @Test
    void aLastLineCutShortIsIgnoredAndUnknownEventsAreSkipped() throws IOException {
        Path log = write(START, "{\"event\":\"SomethingNew\",\"x\":1}", "", "{\"event\":\"JobStart\",\"jobId\":0,\"na");

        AppStatus status = EventLogReader.replay(log);

        assertThat(status.app().appName()).isEqualTo("a");
        assertThat(status.snapshot().jobs()).isEmpty();
    }

    @Test
    void aMalformedLineInTheMiddleIsAnErrorNamingTheLine() throws IOException {
        Path log =
                write(START, "{\"event\":\"JobStart\",\"jobId\":0,\"na", "{\"event\":\"ApplicationEnd\",\"time\":9}");

        assertThatThrownBy(() -> EventLogReader.replay(log))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(log + ":2: malformed event: column ")
                // the file and the line, in the parser's own words, without its internals (issue 15)
                .hasMessageNotContaining("Source")
                .hasMessageNotContaining("StreamReadFeature")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aFileThatIsNotJsonAtAllIsNamedWithoutParserInternals() throws IOException {
        Path notes = write("hello world", "second line");

        assertThatThrownBy(() -> EventLogReader.replay(notes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(notes + " is not a Rivulet event log: its line 1 is not JSON (column 1: ")
                .hasMessageNotContaining("StreamReadFeature")
                .hasMessageNotContaining("REDACTED");
    }

    @Test
    void aMissingFieldIsNamed() throws IOException {
        Path log = write(START, "{\"event\":\"JobEnd\",\"jobId\":0,\"name\":\"x\",\"stageIds\":[]}");

        assertThatThrownBy(() -> EventLogReader.replay(log))
                .hasMessageContaining(":2: malformed event")
                .hasMessageContaining("field 'submissionTime' should be a number, but is missing");
    }

    @Test
    void otherFilesAndNewerLogsAreRefused() throws IOException {
        Path other = write("{\"hello\":\"world\"}");
        assertThatThrownBy(() -> EventLogReader.replay(other)).hasMessageContaining("is not a Rivulet event log");
        Path empty = write();
        assertThatThrownBy(() -> EventLogReader.replay(empty)).hasMessageContaining("it is empty");
        Path newer = write(START.replace("\"logVersion\":1", "\"logVersion\":99"));
        assertThatThrownBy(() -> EventLogReader.replay(newer)).hasMessageContaining("version 99, newer than");
        assertThatThrownBy(() -> EventLogReader.replay(dir.resolve("nope.jsonl")))
                .hasMessageStartingWith("no such event log: ");
    }

    @Test
    void aDirectoryResolvesToItsNewestLog() throws IOException {
        Path older = Files.writeString(dir.resolve("a-1.jsonl"), START);
        Path newer = Files.writeString(dir.resolve("b-2.jsonl.inprogress"), START);
        Files.writeString(dir.resolve("notes.txt"), "not a log");
        Files.setLastModifiedTime(older, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(newer, FileTime.fromMillis(2_000_000));

        assertThat(EventLogReader.resolve(dir)).isEqualTo(newer);
        assertThat(EventLogReader.resolve(older)).isEqualTo(older);
        assertThatThrownBy(() -> EventLogReader.resolve(Files.createDirectory(dir.resolve("none"))))
                .hasMessageStartingWith("no event log (*.jsonl) in the directory ");
    }

    private Path write(String... lines) throws IOException {
        Path log = Files.createTempFile(dir, "log", ".jsonl");
        List<String> all = new ArrayList<>(List.of(lines));
        Files.writeString(log, String.join("\n", all), UTF_8);
        return log;
    }
}
