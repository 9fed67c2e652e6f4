package io.rivulet.shuffle;

import io.rivulet.task.TaskContext;
import java.util.Iterator;

/**
 * The output of one map task of a shuffle: its records split into one bucket per reduce partition.
 * Where the buckets live (memory, a local file) is the implementation's business.
 */
public interface MapOutput {
    /**
     * The records of one reduce partition's bucket: values, or combiners when the map side combined; for a
     * combining shuffle written after a spill, each bucket is ordered by key hash. Files opened for reading
     * are closed when {@code context}'s task ends.
     */
    Iterator<Object> read(int reducePartition, TaskContext context);

    /** Bytes of a bucket: estimated in memory, compressed on disk. */
    long bytes(int reducePartition);

    long records(int reducePartition);

    /** Frees memory and deletes files; reading afterwards is an error. Idempotent. */
    void release();
}
