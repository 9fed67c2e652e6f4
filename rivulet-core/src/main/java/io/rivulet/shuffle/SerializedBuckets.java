package io.rivulet.shuffle;

import io.rivulet.serializer.Serializer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One serialized stream per reduce partition, written as records come: the map side of a shuffle that
 * does not combine (groupByKey, joins, sortByKey, repartition) holds its records as bytes from the start,
 * not as objects. Knows its size in bytes as it grows, and how many records its writers still hold
 * unserialized (a batch per partition at most).
 */
final class SerializedBuckets {
    private final Serializer.RecordWriter[] writers;
    private final ByteArrayOutputStream[] streams;
    private long bytes;
    private long pending;

    SerializedBuckets(Serializer serializer, int numPartitions) {
        writers = new Serializer.RecordWriter[numPartitions];
        streams = new ByteArrayOutputStream[numPartitions];
        for (int p = 0; p < numPartitions; p++) {
            streams[p] = new ByteArrayOutputStream();
            writers[p] = serializer.newWriter(streams[p]);
        }
    }

    void write(int partition, Object record) {
        Serializer.RecordWriter writer = writers[partition];
        int pendingBefore = writer.pending();
        int sizeBefore = streams[partition].size();
        try {
            writer.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize a shuffle record", e);
        }
        pending += writer.pending() - pendingBefore;
        bytes += streams[partition].size() - sizeBefore;
    }

    /** Bytes serialized so far. */
    long bytes() {
        return bytes;
    }

    /** Records written but not serialized yet. */
    long pending() {
        return pending;
    }

    /** Ends every stream; the i-th array holds {@code records[i]} records. The buckets are spent afterwards. */
    byte[][] finish(long[] records) {
        byte[][] segments = new byte[streams.length][];
        for (int p = 0; p < streams.length; p++) {
            try {
                records[p] = writers[p].finish();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot serialize shuffle output", e);
            }
            segments[p] = streams[p].toByteArray();
            streams[p] = null;
        }
        return segments;
    }
}
