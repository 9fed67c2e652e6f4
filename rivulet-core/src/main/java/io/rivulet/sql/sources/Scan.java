package io.rivulet.sql.sources;

import io.rivulet.sql.types.StructType;
import java.util.List;

/**
 * One planned read of a table: the partitions to read (one task each), and a reader of each that returns
 * column batches of {@link #readSchema()}.
 */
public interface Scan {
    /** The columns of the batches, in order: the request's required schema. */
    StructType readSchema();

    /** The filters the source applies while reading (shown by {@code explain} as {@code PushedFilters}). */
    List<Filter> pushedFilters();

    /**
     * The offered filters the engine must still apply to the batches: those the source does not apply, or
     * applies only in part (skipping a block by its statistics keeps rows that fail the filter).
     */
    List<Filter> remainingFilters();

    /** The partitions, in order; each a unit of work with its estimated bytes. */
    List<InputPartition> partitions();

    /** Reads one partition, on a task's thread; the engine closes the reader when the task ends. */
    PartitionReader reader(InputPartition partition);
}
