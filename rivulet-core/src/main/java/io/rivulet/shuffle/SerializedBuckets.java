package io.rivulet.shuffle;

import io.rivulet.serializer.ChunkedBytes;
import io.rivulet.serializer.Serializer;
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
    private final ChunkedBytes[] streams;
    private long bytes;
    private long pending;

    SerializedBuckets(Serializer serializer, int numPartitions) {
        writers = new Serializer.RecordWriter[numPartitions];
        streams = new ChunkedBytes[numPartitions];
        for (int p = 0; p < numPartitions; p++) {
            streams[p] = new ChunkedBytes();
            writers[p] = serializer.newWriter(streams[p]);
        }
    }

    void write(int partition, Object record) {
        Serializer.RecordWriter writer = writers[partition];
        int pendingBefore = writer.pending();
        long heldBefore = streams[partition].capacity();
        try {
            writer.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize a shuffle record", e);
        }
        pending += writer.pending() - pendingBefore;
        bytes += streams[partition].capacity() - heldBefore;
    }

    /** Bytes held by what is serialized so far. */
    long bytes() {
        return bytes;
    }

    /** Records written but not serialized yet. */
    long pending() {
        return pending;
    }

    /** Ends every stream; the i-th holds {@code records[i]} records. The buckets are spent afterwards. */
    ChunkedBytes[] finish(long[] records) {
        ChunkedBytes[] segments = new ChunkedBytes[streams.length];
        for (int p = 0; p < streams.length; p++) {
            try {
                records[p] = writers[p].finish();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot serialize shuffle output", e);
            }
            segments[p] = streams[p];
            streams[p] = null;
        }
        return segments;
    }
}
