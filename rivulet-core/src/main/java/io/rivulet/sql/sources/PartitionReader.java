package io.rivulet.sql.sources;

import io.rivulet.sql.vector.ColumnBatch;
import java.util.Iterator;

/**
 * The batches of one input partition, read lazily (a few thousand rows a batch), closed by the engine however
 * the task ends. A malformed record is reported as the source's mode says; in {@code FAILFAST} mode as an
 * exception naming the file and line.
 */
public interface PartitionReader extends Iterator<ColumnBatch>, AutoCloseable {
    @Override
    void close();
}
