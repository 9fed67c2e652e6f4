package io.rivulet.rdd;

/** One slice of an RDD, computed by one task. Implementations carry what compute needs (a file range, a slice). */
public interface Partition {
    /** The partition's position in its RDD, from 0. */
    int index();
}
