package io.rivulet.sql.sources;

import io.rivulet.sql.vector.ColumnBatch;
import java.io.Serializable;
import java.util.List;

/**
 * A write under a commit protocol: each task writes its partition through a {@link TaskWriter} to files (or
 * rows) of its own attempt and commits it; once every task has, {@link #commit} makes the output visible at
 * once (renames into place, replacing an old output under {@code overwrite}); if anything failed,
 * {@link #abort} removes what the attempts wrote, and an old output stays as it was.
 */
public interface WriteJob extends Serializable {
    /** A writer of one task attempt. */
    TaskWriter taskWriter(int partition, long taskId, int attempt);

    /** Makes the committed tasks' output visible, all of it or none. */
    void commit(List<TaskCommit> committed);

    /** Removes what the job wrote; the output path is as it was before. */
    void abort();

    /** What a committed task wrote, as its writer says; handed to {@link #commit}. */
    interface TaskCommit extends Serializable {}

    /** Writes the batches of one task attempt. */
    interface TaskWriter {
        void write(ColumnBatch batch);

        /** Finishes the attempt's files and says what it wrote; only one attempt of a partition commits. */
        TaskCommit commit();

        /** Removes what the attempt wrote. */
        void abort();
    }
}
