package io.rivulet.status;

import static io.rivulet.util.Checks.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.rivulet.RDDStorageInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Replays an event log that {@link EventLogWriter} wrote into an {@link AppStatus}, as if its listener had
 * received the events. Lines of unknown events are skipped (newer logs may have more); a malformed last line
 * (the log of a process that died while writing) is skipped with a warning; any other malformed line is an
 * error naming the file and line.
 */
public final class EventLogReader {
    private static final Logger LOG = Logger.getLogger(EventLogReader.class.getName());

    private EventLogReader() {}

    /**
     * The model of the application logged in {@code log}.
     *
     * @throws IllegalArgumentException when the file is not an event log, or a line is malformed
     * @throws UncheckedIOException when it cannot be read
     */
    public static AppStatus replay(Path log) {
        checkNotNull(log, "event log");
        AppStatus status = null;
        try (BufferedReader reader = Files.newBufferedReader(log, UTF_8)) {
            // One line of look-ahead: only the last line may be cut short.
            String line = reader.readLine();
            for (int number = 1; line != null; number++) {
                String next = reader.readLine();
                if (!line.isBlank()) {
                    status = replayLine(log, number, line, next == null, status);
                }
                line = next;
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such event log: " + log, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the event log " + log + ": " + e.getMessage(), e);
        }
        if (status == null) {
            throw new IllegalArgumentException(log + " is not a Rivulet event log: it is empty");
        }
        return status;
    }

    /** Applies one line; returns the model (made by the first line). */
    private static AppStatus replayLine(Path log, int number, String line, boolean last, AppStatus status) {
        Map<String, Object> event;
        try {
            event = EventJson.parse(line);
        } catch (IOException e) {
            if (last && status != null) {
                LOG.warning(() -> log + ": the last line is cut short (was the application killed?); ignoring it");
                return status;
            }
            if (status == null && number == 1) {
                throw new IllegalArgumentException(
                        log + " is not a Rivulet event log: its line 1 is not JSON (" + jsonProblem(e) + ")", e);
            }
            throw malformed(log, number, jsonProblem(e), e);
        }
        if (status == null) {
            return start(log, number, event);
        }
        try {
            apply(status, event);
            return status;
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw malformed(log, number, e.getMessage(), e);
        }
    }

    /**
     * What is wrong with a line that is not JSON, without the parser's internals (its source description, its
     * feature flags): the parser's own words and the column, like {@code column 22: unexpected character ...}.
     */
    static String jsonProblem(IOException e) {
        if (e instanceof JsonProcessingException json) {
            String message = json.getOriginalMessage();
            JsonLocation location = json.getLocation();
            return (location != null && location.getColumnNr() > 0 ? "column " + location.getColumnNr() + ": " : "")
                    + (message == null ? "not valid JSON" : message);
        }
        return String.valueOf(e.getMessage());
    }

    private static AppStatus start(Path log, int number, Map<String, Object> event) {
        if (!"ApplicationStart".equals(event.get("event"))) {
            throw new IllegalArgumentException(log + " is not a Rivulet event log: its first line is not an "
                    + "ApplicationStart event but " + abbreviate(event.toString()));
        }
        long version;
        try {
            version = EventJson.number(event, "logVersion");
        } catch (IllegalArgumentException e) {
            throw malformed(log, number, e.getMessage(), e);
        }
        if (version > EventLogWriter.LOG_VERSION) {
            throw new IllegalArgumentException(log + " has event log version " + version + ", newer than this Rivulet"
                    + " reads (" + EventLogWriter.LOG_VERSION + "): use a newer Rivulet");
        }
        try {
            return new AppStatus(EventJson.readApp(event));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw malformed(log, number, e.getMessage(), e);
        }
    }

    private static void apply(AppStatus status, Map<String, Object> event) {
        String kind = String.valueOf(event.get("event"));
        switch (kind) {
            case "JobStart" -> status.onJobStart(EventJson.readJob(event));
            case "JobEnd" -> status.onJobEnd(EventJson.readJob(event));
            case "StageSubmitted" -> status.onStageSubmitted(EventJson.readStage(event));
            case "StageCompleted" -> status.onStageCompleted(EventJson.readStage(event));
            case "TaskEnd" -> status.onTaskEnd(EventJson.readTask(event));
            case "Spill" -> status.onSpill(EventJson.readSpill(event));
            case "StorageUpdated" -> status.onStorageUpdated(storage(event));
            case "ApplicationEnd" -> status.onApplicationEnd(EventJson.number(event, "time"));
            default -> {} // an event of a newer format: nothing to show for it here
        }
    }

    private static List<RDDStorageInfo> storage(Map<String, Object> event) {
        List<RDDStorageInfo> rdds = new ArrayList<>();
        for (Map<String, Object> rdd : EventJson.objects(event, "rdds")) {
            rdds.add(EventJson.readStorage(rdd));
        }
        return rdds;
    }

    /**
     * The event log to read for {@code path}: the file itself, or in a directory its newest log (finished
     * or in progress, by modification time).
     */
    public static Path resolve(Path path) {
        if (!Files.isDirectory(path)) {
            return path;
        }
        try (Stream<Path> files = Files.list(path)) {
            Optional<Path> newest = files.filter(file -> {
                        String name = file.getFileName().toString();
                        return name.endsWith(EventLogWriter.EXTENSION)
                                || name.endsWith(EventLogWriter.EXTENSION + EventLogWriter.IN_PROGRESS);
                    })
                    .max(Comparator.comparing(EventLogReader::modified).thenComparing(Comparator.naturalOrder()));
            return newest.orElseThrow(() -> new IllegalArgumentException(
                    "no event log (*" + EventLogWriter.EXTENSION + ") in the directory " + path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static IllegalArgumentException malformed(Path log, int line, String message, Exception cause) {
        return new IllegalArgumentException(log + ":" + line + ": malformed event: " + message, cause);
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
