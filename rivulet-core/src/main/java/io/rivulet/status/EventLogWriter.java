package io.rivulet.status;

import static io.rivulet.util.Checks.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.rivulet.JobInfo;
import io.rivulet.JobListener;
import io.rivulet.RDDStorageInfo;
import io.rivulet.SpillInfo;
import io.rivulet.StageInfo;
import io.rivulet.TaskInfo;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes every scheduler event of one application to an event log: one JSON object a line, in
 * {@code <dir>/<appName>-<yyyyMMdd-HHmmss>.jsonl} (UTC), as Spark's event logs. The first line is an
 * {@code ApplicationStart}, the last an {@code ApplicationEnd}; in between {@code JobStart}, {@code StageSubmitted},
 * {@code TaskEnd}, {@code Spill}, {@code StageCompleted}, {@code JobEnd} (with the stages the job skipped; both job
 * events with the physical plan of a DataFrame job and its operators' metrics at that moment) and, after each job,
 * {@code StorageUpdated} (what is cached). {@link EventLogReader} reads it back.
 *
 * <p>While the application runs the file is named {@code ...jsonl.inprogress}; {@link #close} renames it, so a
 * finished log is never mistaken for a running one (a process that died leaves its {@code .inprogress} log,
 * which is still readable up to the last job end).
 *
 * <p>Cost and threading: it owns no thread. Listener calls are serialized by the bus; each appends to a
 * 64 KiB buffer, which is written out when full, at each job's end, on close, and by {@link #flushIfBehind}
 * (which the engine's timer calls every second, so that a process killed in its first long job leaves a log
 * of what ran until a second before). An I/O error is logged once and ends the log; it never fails a job.
 */
public final class EventLogWriter implements JobListener {
    /** Bumped when a reader of an older format would misread a newer log. */
    public static final int LOG_VERSION = 1;

    public static final String EXTENSION = ".jsonl";
    public static final String IN_PROGRESS = ".inprogress";

    private static final Logger LOG = Logger.getLogger(EventLogWriter.class.getName());
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path inProgress;
    private final Path finished;
    private final Supplier<List<RDDStorageInfo>> storage;
    private final JsonGenerator out;
    private final JobStages jobStages = new JobStages();
    private boolean failed;
    private boolean closed;
    /** Events were written to the buffer since the last flush. */
    private boolean unflushed;

    private EventLogWriter(Path inProgress, Path finished, OutputStream stream, Supplier<List<RDDStorageInfo>> storage)
            throws IOException {
        this.inProgress = inProgress;
        this.finished = finished;
        this.storage = storage;
        this.out = EventJson.FACTORY.createGenerator(stream);
        // Each event ends its own line; Jackson would put a space between root values too.
        this.out.setRootValueSeparator(null);
    }

    /**
     * Creates the log in {@code dir} (and {@code dir} if needed) and writes its first line.
     *
     * @param storage asked for the cached RDDs after each job
     * @throws IOException when the directory or the file cannot be created
     */
    public static EventLogWriter open(Path dir, ApplicationInfo app, Supplier<List<RDDStorageInfo>> storage)
            throws IOException {
        checkNotNull(dir, "event log directory");
        checkNotNull(app, "app");
        Files.createDirectories(dir);
        String base = fileNameOf(app.appName()) + "-" + STAMP.format(Instant.ofEpochMilli(app.startTimeMillis()));
        for (int suffix = 0; ; suffix++) {
            String name = base + (suffix == 0 ? "" : "-" + suffix) + EXTENSION;
            Path finished = dir.resolve(name);
            Path inProgress = dir.resolve(name + IN_PROGRESS);
            if (Files.exists(finished)) {
                continue;
            }
            OutputStream stream;
            try {
                stream = Files.newOutputStream(inProgress, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                continue; // another application of the same name started in the same second
            }
            EventLogWriter writer =
                    new EventLogWriter(inProgress, finished, new BufferedOutputStream(stream, 1 << 16), storage);
            writer.writeApplicationStart(app);
            return writer;
        }
    }

    /** The file the log has once closed. */
    public Path path() {
        return finished;
    }

    /** The file written while the application runs. */
    public Path inProgressPath() {
        return inProgress;
    }

    private void writeApplicationStart(ApplicationInfo app) throws IOException {
        out.writeStartObject();
        out.writeStringField("event", "ApplicationStart");
        out.writeNumberField("logVersion", LOG_VERSION);
        EventJson.writeApp(out, app);
        endLine();
        out.flush();
    }

    @Override
    public synchronized void onJobStart(JobInfo job) {
        jobStages.jobStarted(job);
        write("JobStart", () -> {
            EventJson.writeJob(out, job);
            EventJson.writePlan(out, job);
        });
    }

    @Override
    public synchronized void onJobEnd(JobInfo job) {
        List<Integer> skipped = jobStages.jobEnded(job.jobId());
        write("JobEnd", () -> {
            EventJson.writeJob(out, job);
            EventJson.writePlan(out, job);
            EventJson.writeInts(out, "skippedStageIds", skipped);
        });
        writeStorage(storage.get());
        flush();
    }

    @Override
    public synchronized void onStageSubmitted(StageInfo stage) {
        jobStages.stageSubmitted(stage.stageId());
        write("StageSubmitted", () -> EventJson.writeStage(out, stage));
    }

    @Override
    public synchronized void onStageCompleted(StageInfo stage) {
        write("StageCompleted", () -> EventJson.writeStage(out, stage));
    }

    @Override
    public synchronized void onTaskEnd(TaskInfo task) {
        write("TaskEnd", () -> EventJson.writeTask(out, task));
    }

    @Override
    public synchronized void onSpill(SpillInfo spill) {
        write("Spill", () -> EventJson.writeSpill(out, spill));
    }

    /**
     * Writes what is cached and the application's end, and gives the log its final name. Later events are
     * ignored. Idempotent.
     */
    public synchronized void close(long endTimeMillis, List<RDDStorageInfo> finalStorage) {
        if (closed) {
            return;
        }
        writeStorage(finalStorage);
        write("ApplicationEnd", () -> out.writeNumberField("time", endTimeMillis));
        closed = true;
        try {
            out.close();
            Files.move(inProgress, finished, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            fail(e);
        }
    }

    private void writeStorage(List<RDDStorageInfo> rdds) {
        write("StorageUpdated", () -> {
            out.writeArrayFieldStart("rdds");
            for (RDDStorageInfo rdd : rdds) {
                out.writeStartObject();
                EventJson.writeStorage(out, rdd);
                out.writeEndObject();
            }
            out.writeEndArray();
        });
    }

    private interface Fields {
        void write() throws IOException;
    }

    private void write(String event, Fields fields) {
        if (failed || closed) {
            return;
        }
        try {
            out.writeStartObject();
            out.writeStringField("event", event);
            fields.write();
            endLine();
            unflushed = true;
        } catch (IOException e) {
            fail(e);
        }
    }

    private void endLine() throws IOException {
        out.writeEndObject();
        out.writeRaw('\n');
    }

    /** Writes out the events still in the buffer, if any: what happened so far is in the file. */
    public synchronized void flushIfBehind() {
        if (unflushed) {
            flush();
        }
    }

    private void flush() {
        if (failed || closed) {
            return;
        }
        try {
            unflushed = false;
            out.flush();
        } catch (IOException e) {
            fail(e);
        }
    }

    private void fail(IOException e) {
        if (!failed) {
            failed = true;
            LOG.log(Level.WARNING, "cannot write the event log " + inProgress + "; no more events are logged", e);
        }
    }

    /** App names may hold any character; file names get letters, digits, {@code . _ -}. */
    static String fileNameOf(String appName) {
        String name = appName.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() || name.startsWith(".") ? "app" + name : name;
    }
}
