package io.rivulet.serializer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Turns a stream of records into bytes and back: for disk-persisted blocks and object files. */
public interface Serializer {
    /** Writes every record of {@code records}; returns how many. Does not close {@code out}. */
    long writeAll(Iterator<?> records, OutputStream out) throws IOException;

    /** Reads records written by {@link #writeAll} lazily; closing {@code in} is the caller's business. */
    <T> Iterator<T> readAll(InputStream in) throws IOException;

    /**
     * Does the one-time work of a first use (loading, generating code for common record classes) so that
     * the first real use does not wait for it; for a background thread. Does nothing by default.
     */
    default void warmUp() {}

    /**
     * Releases what the serializer holds beyond its engine's life (for Fory, its part in a JVM-wide thread),
     * when the engine closes; idempotent. Does nothing by default.
     */
    default void close() {}

    /**
     * A writer that takes records one at a time, for a caller that cannot hand over an iterator (a shuffle
     * writer filling one stream per reduce partition). What it writes reads back with {@link #readAll}. This
     * default holds the records until {@link RecordWriter#finish}; serializers that can write as records
     * come override it.
     */
    default RecordWriter newWriter(OutputStream out) {
        return new RecordWriter() {
            private final List<Object> records = new ArrayList<>();

            @Override
            public void write(Object record) {
                records.add(record);
            }

            @Override
            public int pending() {
                return records.size();
            }

            @Override
            public long finish() throws IOException {
                return writeAll(records.iterator(), out);
            }
        };
    }

    /** Records written one at a time; {@link #finish} ends the stream (it does not close it). */
    interface RecordWriter {
        void write(Object record) throws IOException;

        /** Records written but not serialized yet (held until a batch is full). */
        int pending();

        /** Writes what is pending and the end of the stream; returns how many records were written. */
        long finish() throws IOException;
    }
}
