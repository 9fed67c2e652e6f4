package io.rivulet.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.rivulet.serializer.Serializer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.Iterator;

/**
 * Writes one partition's records to an (already buffered) part file stream; returns how many. Serializable, for
 * a cluster runner's tasks.
 */
@FunctionalInterface
interface PartWriter extends java.io.Serializable {
    long write(Iterator<?> records, OutputStream out) throws IOException;

    /** One line per record, {@code String.valueOf(record)} in UTF-8, so null is written as {@code null}. */
    static PartWriter text() {
        return (records, out) -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, UTF_8));
            long count = 0;
            while (records.hasNext()) {
                writer.write(String.valueOf(records.next()));
                writer.write('\n');
                count++;
            }
            writer.flush(); // the caller closes the stream
            return count;
        };
    }

    /** The records in the serializer's format, for {@code objectFile}. */
    static PartWriter objects(Serializer serializer) {
        return serializer::writeAll;
    }
}
