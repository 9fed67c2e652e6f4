package io.rivulet.sql.datasource.file;

import io.rivulet.sql.vector.ColumnBatch;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;

/** Writes rows of a batch to one output file of a format; made per file by its {@link Factory}. */
public interface FormatWriter extends AutoCloseable {
    /** Writes the rows {@code rows[0..count)} of {@code batch} (only its data columns: partition columns apart). */
    void write(ColumnBatch batch, int[] rows, int count) throws IOException;

    /** Finishes the file (a footer, a flush); does not close the stream, which the caller owns. */
    @Override
    void close() throws IOException;

    /** Makes the writers of one write job; serializable, to ship to the tasks. */
    interface Factory extends Serializable {
        /** {@code .json}, {@code .csv}, {@code .txt}: the part files' extension before the codec's. */
        String extension();

        FormatWriter open(OutputStream out) throws IOException;
    }
}
