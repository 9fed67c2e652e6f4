package io.rivulet.sql.datasource;

import static java.util.Objects.requireNonNull;

import io.rivulet.Rivulet;
import io.rivulet.internal.RivuletInternals;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.sources.WriteJob;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.List;

/**
 * Runs a {@link WriteJob} over the batches of a plan: one engine job whose tasks each write their partition
 * through a task writer and commit it (a failed attempt aborts its writer, the scheduler retries it); once every
 * task has committed, the job commits; if anything failed, the job aborts and the error reaches the caller.
 */
public final class WriteJobRunner {
    private WriteJobRunner() {}

    public static void run(Rivulet rivulet, BaseRDD<ColumnBatch> batches, WriteJob job, String name) {
        requireNonNull(job, "job is null");
        try {
            List<WriteJob.TaskCommit> commits = RivuletInternals.runJob(
                    rivulet,
                    batches,
                    (context, partition) -> {
                        WriteJob.TaskWriter writer =
                                job.taskWriter(context.partitionId(), context.taskId(), context.attempt());
                        try {
                            while (partition.hasNext()) {
                                writer.write(partition.next());
                            }
                            return writer.commit();
                        } catch (Throwable e) {
                            try {
                                writer.abort();
                            } catch (RuntimeException cleanup) {
                                e.addSuppressed(cleanup);
                            }
                            throw e;
                        }
                    },
                    name);
            job.commit(commits);
        } catch (Throwable e) {
            try {
                job.abort();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }
}
