package io.rivulet.io;

import static java.util.Objects.requireNonNull;

import io.rivulet.serializer.Serializer;
import io.rivulet.task.TaskContext;
import io.rivulet.task.TaskFunction;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;

/**
 * The save actions: one job whose tasks each write one partition to a part file, under the commit protocol
 * of {@link OutputCommitter}. A job that fails leaves nothing at the output path and no temporary files,
 * and its original exception (a {@code JobFailedException} from the scheduler, say) reaches the caller.
 */
public final class OutputWriter {
    private static final int BUFFER_SIZE = 64 * 1024;

    private OutputWriter() {}

    /**
     * Runs the save job: one task per partition of the data, each applying {@code writePart} to its records;
     * returns when every task has, and throws what the job threw.
     */
    @FunctionalInterface
    public interface SaveJob {
        void run(TaskFunction<Object, Long> writePart);
    }

    /** Each record as a line of its {@code toString()} (pairs as {@code (key,value)}), a part file a partition. */
    public static void saveAsTextFile(String dir, SaveJob job) {
        save(dir, job, PartWriter.text());
    }

    /** The records as Java-serialized objects, a part file a partition, readable by {@code objectFile}. */
    public static void saveAsObjectFile(String dir, Serializer serializer, SaveJob job) {
        save(dir, job, PartWriter.objects(serializer));
    }

    /**
     * Deletes the staging directories of every save still in progress in this JVM: for a shutdown hook, when
     * the JVM exits before those saves can clean up after themselves.
     */
    public static void abortOutputsInProgress() {
        OutputCommitter.abortAllInProgress();
    }

    private static void save(String dir, SaveJob job, PartWriter writer) {
        requireNonNull(job, "job is null");
        OutputCommitter committer = new OutputCommitter(dir); // fails on an existing path, touching nothing
        committer.setupJob();
        try {
            job.run((context, records) -> writePart(committer, writer, context, records));
            committer.commitJob();
        } catch (Throwable e) { // whatever failed (job, commit, interrupt), no temporary files stay behind
            try {
                committer.abortJob();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** One task: write the attempt file, close it, then commit it; a failed attempt removes its file. */
    private static long writePart(
            OutputCommitter committer, PartWriter writer, TaskContext context, Iterator<?> records) throws IOException {
        int partition = context.partitionId();
        int attempt = context.attempt();
        long written;
        try {
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(
                            committer.attemptFile(partition, attempt),
                            StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE),
                    BUFFER_SIZE)) {
                written = writer.write(records, out);
            }
            committer.commitTask(partition, attempt);
        } catch (Throwable e) { // user code may throw checked exceptions through the iterator
            committer.abortTask(partition, attempt, e);
            throw e;
        }
        context.metrics().incRecordsWritten(written);
        return written;
    }
}
