package io.rivulet.shuffle;

import io.rivulet.Pair;
import java.util.Iterator;

/**
 * The output of one map task of a shuffle: its records split into one bucket per reduce partition.
 * Where the buckets live (memory, local files) is the implementation's business.
 */
public interface MapOutput {
    /** The records of one reduce partition's bucket: values, or combiners when the map side combined. */
    Iterator<Pair<Object, Object>> read(int reducePartition);

    /** Estimated size of a bucket, for metrics and for deciding how to read it. */
    long bytes(int reducePartition);

    long records(int reducePartition);

    /** Frees memory and deletes files; reading afterwards is an error. */
    void release();
}
