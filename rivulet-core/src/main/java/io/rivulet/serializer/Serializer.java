package io.rivulet.serializer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;

/** Turns a stream of records into bytes and back: for disk-persisted blocks and object files. */
public interface Serializer {
    /** Writes every record of {@code records}; returns how many. Does not close {@code out}. */
    long writeAll(Iterator<?> records, OutputStream out) throws IOException;

    /** Reads records written by {@link #writeAll} lazily; closing {@code in} is the caller's business. */
    <T> Iterator<T> readAll(InputStream in) throws IOException;
}
