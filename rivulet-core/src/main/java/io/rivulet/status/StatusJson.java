package io.rivulet.status;

import com.fasterxml.jackson.core.JsonGenerator;
import io.rivulet.RDDStorageInfo;
import io.rivulet.SpillInfo;
import io.rivulet.TaskInfo;
import io.rivulet.status.StatusSnapshot.JobStatus;
import io.rivulet.status.StatusSnapshot.SlotStatus;
import io.rivulet.status.StatusSnapshot.StageStatus;
import io.rivulet.status.StatusSnapshot.TaskBar;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON that the page of the web UI and of {@code rivulet report} renders (the same script renders both):
 * <pre>{@code
 * {"app": {...}, "endTime": 0,
 *  "jobs": [{"jobId", "name", "stageIds", "status", ..., "runIds", "skippedStageIds", "hasPlan", "tasksSucceeded",
 *            ...}],
 *  "stages": [{"runId", "stageId", "attempt", "name", "rdds": [...], "parentIds", ..., "status", "jobIds",
 *              "tasksSucceeded", "tasksFailed", "taskMetrics": {...}, "taskDurations": [...]}],
 *  "storage": [...], "slots": [...], "spills": {"count", "bytes", "recent": [...]},
 *  "taskBars": [[runId, slotIndex, launchTime, finishTime, successful], ...],
 *  "tasks": {"<runId>": [...]}}          (only in a report: the web UI serves each run's tasks on request)
 * }</pre>
 * Events' records keep their field names ({@link EventJson}); task bars are arrays because there are many.
 */
public final class StatusJson {
    private StatusJson() {}

    /** The status without tasks, as {@code /api/status} serves it. */
    public static byte[] status(StatusSnapshot snapshot) {
        return write(snapshot, null, 0);
    }

    /** The status with the retained tasks of every stage run, as a report embeds it. */
    public static byte[] statusWithTasks(StatusSnapshot snapshot, AppStatus status) {
        return write(snapshot, status, Integer.MAX_VALUE);
    }

    /** The status with at most {@code maxTasksPerRun} tasks of each stage run (the first that ended). */
    public static byte[] statusWithTasks(StatusSnapshot snapshot, AppStatus status, int maxTasksPerRun) {
        return write(snapshot, status, maxTasksPerRun);
    }

    /** One stage run's tasks, as {@code /api/stages/<runId>/tasks} serves them. */
    public static byte[] tasks(List<TaskInfo> tasks) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = EventJson.FACTORY.createGenerator(bytes)) {
            writeTasks(out, tasks);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return bytes.toByteArray();
    }

    private static byte[] write(StatusSnapshot snapshot, AppStatus withTasksOf, int maxTasksPerRun) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (JsonGenerator out = EventJson.FACTORY.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeObjectFieldStart("app");
            EventJson.writeApp(out, snapshot.app());
            out.writeEndObject();
            out.writeNumberField("endTime", snapshot.endTimeMillis());
            writeJobs(out, snapshot.jobs());
            writeStages(out, snapshot.stages());
            writeStorage(out, snapshot.storage());
            writeSlots(out, snapshot.slots());
            writeSpills(out, snapshot);
            writeTaskBars(out, snapshot);
            if (withTasksOf != null) {
                out.writeObjectFieldStart("tasks");
                for (StageStatus stage : snapshot.stages()) {
                    out.writeFieldName(Integer.toString(stage.runId()));
                    List<TaskInfo> tasks = withTasksOf.tasks(stage.runId());
                    writeTasks(out, tasks.subList(0, Math.min(tasks.size(), maxTasksPerRun)));
                }
                out.writeEndObject();
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return bytes.toByteArray();
    }

    private static void writeJobs(JsonGenerator out, List<JobStatus> jobs) throws IOException {
        out.writeArrayFieldStart("jobs");
        for (JobStatus job : jobs) {
            out.writeStartObject();
            EventJson.writeJob(out, job.info());
            EventJson.writeInts(out, "runIds", job.runIds());
            EventJson.writeInts(out, "skippedStageIds", job.skippedStageIds());
            // The plan itself is drawn on request (/api/jobs/<id>/plan.svg) or inlined in a report.
            out.writeBooleanField("hasPlan", job.info().plan().isPresent());
            out.writeNumberField("tasksSucceeded", job.tasksSucceeded());
            out.writeNumberField("tasksFailed", job.tasksFailed());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void writeStages(JsonGenerator out, List<StageStatus> stages) throws IOException {
        out.writeArrayFieldStart("stages");
        for (StageStatus stage : stages) {
            out.writeStartObject();
            out.writeNumberField("runId", stage.runId());
            EventJson.writeStage(out, stage.info());
            out.writeStringField("status", stage.status().name());
            EventJson.writeInts(out, "jobIds", stage.jobIds());
            out.writeNumberField("tasksSucceeded", stage.tasksSucceeded());
            out.writeNumberField("tasksFailed", stage.tasksFailed());
            EventJson.writeMetrics(out, "taskMetrics", stage.taskMetrics());
            out.writeArrayFieldStart("taskDurations");
            for (long millis : stage.taskDurations()) {
                out.writeNumber(millis);
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void writeStorage(JsonGenerator out, List<RDDStorageInfo> storage) throws IOException {
        out.writeArrayFieldStart("storage");
        for (RDDStorageInfo rdd : storage) {
            out.writeStartObject();
            EventJson.writeStorage(out, rdd);
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void writeSlots(JsonGenerator out, List<SlotStatus> slots) throws IOException {
        out.writeArrayFieldStart("slots");
        for (SlotStatus slot : slots) {
            out.writeStartObject();
            out.writeStringField("name", slot.name());
            out.writeNumberField("tasks", slot.tasks());
            out.writeNumberField("failedTasks", slot.failedTasks());
            out.writeNumberField("busyMillis", slot.busyMillis());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void writeSpills(JsonGenerator out, StatusSnapshot snapshot) throws IOException {
        out.writeObjectFieldStart("spills");
        out.writeNumberField("count", snapshot.spills().count());
        out.writeNumberField("bytes", snapshot.spills().bytes());
        out.writeArrayFieldStart("recent");
        for (SpillInfo spill : snapshot.spills().recent()) {
            out.writeStartObject();
            EventJson.writeSpill(out, spill);
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /** {@code [runId, slotIndex, launchTime, finishTime, successful]}: the slot's index in {@code slots}. */
    private static void writeTaskBars(JsonGenerator out, StatusSnapshot snapshot) throws IOException {
        Map<String, Integer> slotIndex = new HashMap<>();
        for (SlotStatus slot : snapshot.slots()) {
            slotIndex.put(slot.name(), slotIndex.size());
        }
        out.writeArrayFieldStart("taskBars");
        for (TaskBar bar : snapshot.taskBars()) {
            out.writeStartArray();
            out.writeNumber(bar.runId());
            out.writeNumber(slotIndex.getOrDefault(bar.slot(), -1));
            out.writeNumber(bar.launchTimeMillis());
            out.writeNumber(bar.finishTimeMillis());
            out.writeBoolean(bar.successful());
            out.writeEndArray();
        }
        out.writeEndArray();
    }

    private static void writeTasks(JsonGenerator out, List<TaskInfo> tasks) throws IOException {
        out.writeStartArray();
        for (TaskInfo task : tasks) {
            out.writeStartObject();
            EventJson.writeTask(out, task);
            out.writeEndObject();
        }
        out.writeEndArray();
    }
}
