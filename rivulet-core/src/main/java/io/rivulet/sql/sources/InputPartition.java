package io.rivulet.sql.sources;

import java.io.Serializable;

/** A part of a scan read by one task: a file split, a range of a table's keys. Serializable, to ship to a cluster. */
public interface InputPartition extends Serializable {
    /** The bytes it reads, about. */
    long estimatedBytes();
}
