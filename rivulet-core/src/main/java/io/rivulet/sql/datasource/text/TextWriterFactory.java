package io.rivulet.sql.datasource.text;

import io.rivulet.sql.datasource.file.FormatWriter;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnBatch;
import java.io.IOException;
import java.io.OutputStream;

/** Writes the one string column a line per row (a null row as an empty line, as Spark's text writer). */
record TextWriterFactory(byte[] separator) implements FormatWriter.Factory {
    @Override
    public String extension() {
        return ".txt";
    }

    @Override
    public FormatWriter open(OutputStream out) {
        return new FormatWriter() {
            @Override
            public void write(ColumnBatch batch, int[] rows, int count) throws IOException {
                BytesVector values = (BytesVector) batch.column(0);
                for (int i = 0; i < count; i++) {
                    int row = rows[i];
                    if (!values.isNull(row)) {
                        out.write(values.bytes(), values.offset(row), values.length(row));
                    }
                    out.write(separator);
                }
            }

            @Override
            public void close() {}
        };
    }
}
