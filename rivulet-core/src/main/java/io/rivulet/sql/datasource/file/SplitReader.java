package io.rivulet.sql.datasource.file;

import io.rivulet.sql.vector.ColumnBatch;

/** The batches of one split of a file, read lazily; closed however the read ends. */
public interface SplitReader extends AutoCloseable {
    /** The next batch (at most about {@link ColumnBatch#DEFAULT_ROWS} rows, never empty), or null at the end. */
    ColumnBatch next();

    @Override
    void close();
}
