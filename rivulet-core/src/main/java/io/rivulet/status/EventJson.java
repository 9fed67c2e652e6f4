package io.rivulet.status;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.rivulet.JobInfo;
import io.rivulet.Metrics;
import io.rivulet.PlanGraph;
import io.rivulet.RDDInfo;
import io.rivulet.RDDStorageInfo;
import io.rivulet.SpillInfo;
import io.rivulet.StageInfo;
import io.rivulet.StorageLevel;
import io.rivulet.TaskInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON form of the event records, shared by the event log and the web UI's endpoints: each
 * {@code write} method writes the fields of one record into the object the generator is in (so that callers
 * can add fields of their own, such as the event's name), and each {@code read} method rebuilds the record from
 * a parsed object ({@link #parse}). Field names are the records' component names, times end in {@code Time}
 * and are epoch milliseconds.
 *
 * <p>Readers are lenient where the format may grow (unknown fields are ignored, a missing text is null) and
 * strict where a value is needed (a missing number names the field).
 */
public final class EventJson {
    /** Jackson's factory is thread-safe and meant to be shared. */
    public static final JsonFactory FACTORY = JsonFactory.builder().build();

    private EventJson() {}

    // ---- writing -------------------------------------------------------------------------------------------

    public static void writeApp(JsonGenerator out, ApplicationInfo app) throws IOException {
        out.writeStringField("appName", app.appName());
        out.writeStringField("master", app.master());
        out.writeNumberField("slots", app.slots());
        out.writeNumberField("startTime", app.startTimeMillis());
        out.writeObjectFieldStart("settings");
        for (Map.Entry<String, String> setting : app.settings().entrySet()) {
            out.writeStringField(setting.getKey(), setting.getValue());
        }
        out.writeEndObject();
    }

    public static void writeJob(JsonGenerator out, JobInfo job) throws IOException {
        out.writeNumberField("jobId", job.jobId());
        out.writeStringField("name", job.name());
        writeInts(out, "stageIds", job.stageIds());
        out.writeNumberField("submissionTime", job.submissionTimeMillis());
        out.writeNumberField("completionTime", job.completionTimeMillis());
        out.writeStringField("status", job.status().name());
        out.writeStringField("failureReason", job.failureReason());
    }

    /**
     * The job's plan, if it has one, as {@code "plan": {"nodes": [...]}}; apart from {@link #writeJob} because the
     * event log keeps it and the status endpoint, which lists every job at each poll, does not.
     */
    public static void writePlan(JsonGenerator out, JobInfo job) throws IOException {
        if (job.plan().isEmpty()) {
            return;
        }
        out.writeObjectFieldStart("plan");
        out.writeArrayFieldStart("nodes");
        for (PlanGraph.Node node : job.plan().get().nodes()) {
            out.writeStartObject();
            out.writeNumberField("id", node.id());
            out.writeStringField("name", node.name());
            out.writeStringField("detail", node.detail());
            writeInts(out, "childIds", node.childIds());
            out.writeNumberField("outputRows", node.outputRows());
            out.writeNumberField("elapsedNanos", node.elapsedNanos());
            out.writeNumberField("partitions", node.partitions());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    public static void writeStage(JsonGenerator out, StageInfo stage) throws IOException {
        out.writeNumberField("stageId", stage.stageId());
        out.writeNumberField("attempt", stage.attempt());
        out.writeStringField("name", stage.name());
        out.writeNumberField("numTasks", stage.numTasks());
        out.writeBooleanField("isShuffleMap", stage.isShuffleMap());
        writeInts(out, "parentIds", stage.parentIds());
        out.writeArrayFieldStart("rdds");
        for (RDDInfo rdd : stage.rddInfos()) {
            out.writeStartObject();
            writeRdd(out, rdd);
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeNumberField("submissionTime", stage.submissionTimeMillis());
        out.writeNumberField("completionTime", stage.completionTimeMillis());
        out.writeStringField("failureReason", stage.failureReason());
        writeMetrics(out, "metrics", stage.metrics());
    }

    public static void writeRdd(JsonGenerator out, RDDInfo rdd) throws IOException {
        out.writeNumberField("id", rdd.id());
        out.writeStringField("name", rdd.name());
        out.writeStringField("callSite", rdd.callSite());
        writeInts(out, "parentIds", rdd.parentIds());
        writeInts(out, "shuffleParentIds", rdd.shuffleParentIds());
        out.writeNumberField("numPartitions", rdd.numPartitions());
        out.writeStringField("storageLevel", rdd.storageLevel().name());
    }

    public static void writeTask(JsonGenerator out, TaskInfo task) throws IOException {
        out.writeNumberField("taskId", task.taskId());
        out.writeNumberField("jobId", task.jobId());
        out.writeNumberField("stageId", task.stageId());
        out.writeNumberField("stageAttempt", task.stageAttempt());
        out.writeNumberField("partition", task.partition());
        out.writeNumberField("attempt", task.attempt());
        out.writeStringField("slot", task.slot());
        out.writeNumberField("launchTime", task.launchTimeMillis());
        out.writeNumberField("finishTime", task.finishTimeMillis());
        out.writeBooleanField("successful", task.successful());
        out.writeStringField("failureReason", task.failureReason());
        writeMetrics(out, "metrics", task.metrics());
    }

    public static void writeMetrics(JsonGenerator out, String field, Metrics metrics) throws IOException {
        out.writeObjectFieldStart(field);
        out.writeNumberField("recordsRead", metrics.recordsRead());
        out.writeNumberField("recordsWritten", metrics.recordsWritten());
        out.writeNumberField("shuffleReadBytes", metrics.shuffleReadBytes());
        out.writeNumberField("shuffleWriteBytes", metrics.shuffleWriteBytes());
        out.writeNumberField("spilledBytes", metrics.spilledBytes());
        out.writeNumberField("durationMillis", metrics.durationMillis());
        out.writeEndObject();
    }

    public static void writeSpill(JsonGenerator out, SpillInfo spill) throws IOException {
        out.writeNumberField("stageId", spill.stageId());
        out.writeNumberField("partition", spill.partition());
        out.writeNumberField("taskId", spill.taskId());
        out.writeStringField("what", spill.what());
        out.writeNumberField("records", spill.records());
        out.writeNumberField("bytes", spill.bytes());
        out.writeStringField("cause", spill.cause());
    }

    public static void writeStorage(JsonGenerator out, RDDStorageInfo rdd) throws IOException {
        out.writeNumberField("id", rdd.id());
        out.writeStringField("name", rdd.name());
        out.writeStringField("storageLevel", rdd.storageLevel().name());
        out.writeNumberField("numPartitions", rdd.numPartitions());
        out.writeNumberField("numCachedPartitions", rdd.numCachedPartitions());
        out.writeNumberField("memoryBytes", rdd.memoryBytes());
        out.writeNumberField("diskBytes", rdd.diskBytes());
    }

    public static void writeInts(JsonGenerator out, String field, List<Integer> values) throws IOException {
        out.writeArrayFieldStart(field);
        for (int value : values) {
            out.writeNumber(value);
        }
        out.writeEndArray();
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** One JSON object of text, as maps, lists, strings, longs, doubles, booleans and nulls. */
    public static Map<String, Object> parse(String json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("expected a JSON object");
            }
            Map<String, Object> object = readObject(parser);
            if (parser.nextToken() != null) {
                throw new IOException("expected one JSON object, found more after it");
            }
            return object;
        }
    }

    private static Map<String, Object> readObject(JsonParser parser) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.put(name, readValue(parser));
        }
        return object;
    }

    private static Object readValue(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new IOException("unexpected end of JSON");
        }
        return switch (token) {
            case START_OBJECT -> readObject(parser);
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readValue(parser));
                }
                yield list;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected JSON token " + token);
        };
    }

    public static ApplicationInfo readApp(Map<String, Object> json) {
        Map<String, String> settings = new LinkedHashMap<>();
        Object object = json.get("settings");
        if (object instanceof Map<?, ?> map) {
            map.forEach((key, value) -> settings.put(String.valueOf(key), String.valueOf(value)));
        }
        return new ApplicationInfo(
                text(json, "appName"),
                text(json, "master"),
                integer(json, "slots"),
                number(json, "startTime"),
                settings);
    }

    public static JobInfo readJob(Map<String, Object> json) {
        return new JobInfo(
                integer(json, "jobId"),
                text(json, "name"),
                ints(json, "stageIds"),
                number(json, "submissionTime"),
                number(json, "completionTime"),
                JobInfo.Status.valueOf(text(json, "status")),
                text(json, "failureReason"),
                readPlan(json));
    }

    /** The plan of a job object, if it has one (logs written before plans were logged have none). */
    public static Optional<PlanGraph> readPlan(Map<String, Object> json) {
        if (json.get("plan") == null) {
            return Optional.empty();
        }
        List<PlanGraph.Node> nodes = new ArrayList<>();
        for (Map<String, Object> node : objects(object(json, "plan"), "nodes")) {
            String name = text(node, "name");
            if (name == null) {
                throw missing("name", "a text", null);
            }
            nodes.add(new PlanGraph.Node(
                    integer(node, "id"),
                    name,
                    text(node, "detail"),
                    ints(node, "childIds"),
                    number(node, "outputRows"),
                    number(node, "elapsedNanos"),
                    integer(node, "partitions")));
        }
        return Optional.of(new PlanGraph(nodes));
    }

    public static StageInfo readStage(Map<String, Object> json) {
        List<RDDInfo> rdds = new ArrayList<>();
        for (Map<String, Object> rdd : objects(json, "rdds")) {
            rdds.add(readRdd(rdd));
        }
        return new StageInfo(
                integer(json, "stageId"),
                integer(json, "attempt"),
                text(json, "name"),
                integer(json, "numTasks"),
                bool(json, "isShuffleMap"),
                ints(json, "parentIds"),
                rdds,
                number(json, "submissionTime"),
                number(json, "completionTime"),
                text(json, "failureReason"),
                readMetrics(object(json, "metrics")));
    }

    public static RDDInfo readRdd(Map<String, Object> json) {
        return new RDDInfo(
                integer(json, "id"),
                text(json, "name"),
                text(json, "callSite"),
                ints(json, "parentIds"),
                ints(json, "shuffleParentIds"),
                integer(json, "numPartitions"),
                StorageLevel.valueOf(text(json, "storageLevel")));
    }

    public static TaskInfo readTask(Map<String, Object> json) {
        return new TaskInfo(
                number(json, "taskId"),
                integer(json, "jobId"),
                integer(json, "stageId"),
                integer(json, "stageAttempt"),
                integer(json, "partition"),
                integer(json, "attempt"),
                text(json, "slot"),
                number(json, "launchTime"),
                number(json, "finishTime"),
                bool(json, "successful"),
                text(json, "failureReason"),
                readMetrics(object(json, "metrics")));
    }

    public static Metrics readMetrics(Map<String, Object> json) {
        return new Metrics(
                number(json, "recordsRead"),
                number(json, "recordsWritten"),
                number(json, "shuffleReadBytes"),
                number(json, "shuffleWriteBytes"),
                number(json, "spilledBytes"),
                number(json, "durationMillis"));
    }

    public static SpillInfo readSpill(Map<String, Object> json) {
        return new SpillInfo(
                integer(json, "stageId"),
                integer(json, "partition"),
                number(json, "taskId"),
                text(json, "what"),
                number(json, "records"),
                number(json, "bytes"),
                text(json, "cause"));
    }

    public static RDDStorageInfo readStorage(Map<String, Object> json) {
        return new RDDStorageInfo(
                integer(json, "id"),
                text(json, "name"),
                StorageLevel.valueOf(text(json, "storageLevel")),
                integer(json, "numPartitions"),
                integer(json, "numCachedPartitions"),
                number(json, "memoryBytes"),
                number(json, "diskBytes"));
    }

    // ---- field access --------------------------------------------------------------------------------------

    /** A text field; null when absent or null. */
    public static String text(Map<String, Object> json, String field) {
        Object value = json.get(field);
        return value == null ? null : value.toString();
    }

    public static long number(Map<String, Object> json, String field) {
        if (json.get(field) instanceof Number number) {
            return number.longValue();
        }
        throw missing(field, "a number", json.get(field));
    }

    public static int integer(Map<String, Object> json, String field) {
        return Math.toIntExact(number(json, field));
    }

    public static boolean bool(Map<String, Object> json, String field) {
        if (json.get(field) instanceof Boolean bool) {
            return bool;
        }
        throw missing(field, "true or false", json.get(field));
    }

    public static List<Integer> ints(Map<String, Object> json, String field) {
        if (!(json.get(field) instanceof List<?> list)) {
            throw missing(field, "an array of numbers", json.get(field));
        }
        List<Integer> ints = new ArrayList<>(list.size());
        for (Object each : list) {
            if (!(each instanceof Number number)) {
                throw missing(field, "an array of numbers", list);
            }
            ints.add(Math.toIntExact(number.longValue()));
        }
        return ints;
    }

    @SuppressWarnings("unchecked") // parse() makes every object a Map<String, Object>
    public static Map<String, Object> object(Map<String, Object> json, String field) {
        if (json.get(field) instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw missing(field, "an object", json.get(field));
    }

    @SuppressWarnings("unchecked") // parse() makes every object a Map<String, Object>
    public static List<Map<String, Object>> objects(Map<String, Object> json, String field) {
        if (!(json.get(field) instanceof List<?> list)) {
            throw missing(field, "an array of objects", json.get(field));
        }
        List<Map<String, Object>> objects = new ArrayList<>(list.size());
        for (Object each : list) {
            if (!(each instanceof Map<?, ?> map)) {
                throw missing(field, "an array of objects", list);
            }
            objects.add((Map<String, Object>) map);
        }
        return objects;
    }

    private static IllegalArgumentException missing(String field, String expected, Object found) {
        return new IllegalArgumentException(
                "field '" + field + "' should be " + expected + (found == null ? ", but is missing" : ": " + found));
    }
}
