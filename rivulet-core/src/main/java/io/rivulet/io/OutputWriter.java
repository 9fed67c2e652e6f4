package io.rivulet.io;

import static java.util.Objects.requireNonNull;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.scheduler.TaskContext;
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

    public static void saveAsTextFile(BaseRDD<?> rdd, String dir, String jobName) {
        save(rdd, dir, jobName, PartWriter.text());
    }

    public static void saveAsObjectFile(BaseRDD<?> rdd, String dir, String jobName) {
        save(rdd, dir, jobName, PartWriter.objects(rdd.engine().objectFileSerializer()));
    }

    private static <T> void save(BaseRDD<T> rdd, String dir, String jobName, PartWriter writer) {
        requireNonNull(rdd, "rdd is null");
        requireNonNull(jobName, "jobName is null");
        OutputCommitter committer = new OutputCommitter(dir); // fails on an existing path, touching nothing
        int[] partitions = new int[rdd.numPartitions()];
        for (int i = 0; i < partitions.length; i++) {
            partitions[i] = i;
        }
        committer.setupJob();
        try {
            rdd.engine()
                    .runJob(
                            rdd,
                            partitions,
                            (context, records) -> writePart(committer, writer, context, records),
                            (index, written) -> {},
                            jobName);
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
