package io.rivulet.shuffle;

import io.rivulet.memory.SpillFile;
import io.rivulet.serializer.ChunkedBytes;
import io.rivulet.serializer.Serializer;
import java.nio.file.Path;
import java.util.Iterator;

/** A map output's buckets on the heap: the records themselves when few, serialized bytes otherwise. */
interface InMemoryBuckets {
    Iterator<Object> read(int reducePartition);

    /** Bytes of a bucket: exact when serialized, estimated for records. */
    long bytes(int reducePartition);

    long records(int reducePartition);

    /** The storage memory the buckets hold. */
    long storageBytes();

    /** Writes the buckets to a compressed file, one segment per reduce partition. */
    SpillFile writeTo(Path path, Serializer serializer);

    /** Records kept as they are: for small outputs, which cost the collector little and need no serializer. */
    record Records(Object[][] buckets, long[] bytes, long storageBytes) implements InMemoryBuckets {
        @Override
        public Iterator<Object> read(int reducePartition) {
            return java.util.Arrays.asList(buckets[reducePartition]).iterator();
        }

        @Override
        public long bytes(int reducePartition) {
            return bytes[reducePartition];
        }

        @Override
        public long records(int reducePartition) {
            return buckets[reducePartition].length;
        }

        @Override
        public SpillFile writeTo(Path path, Serializer serializer) {
            return SpillFile.write(path, serializer, buckets.length, p -> read(p));
        }
    }

    /** Serialized buckets, {@code records[i]} records in {@code segments[i]}. */
    record Serialized(ChunkedBytes[] segments, long[] records, Serializer serializer) implements InMemoryBuckets {
        @Override
        public Iterator<Object> read(int reducePartition) {
            if (records[reducePartition] == 0) {
                return java.util.Collections.emptyIterator();
            }
            try {
                return serializer.readAll(segments[reducePartition].inputStream());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public long bytes(int reducePartition) {
            return segments[reducePartition].size();
        }

        @Override
        public long records(int reducePartition) {
            return records[reducePartition];
        }

        /** The chunks held, with their headers. */
        @Override
        public long storageBytes() {
            long total = 16L + 4L * segments.length;
            for (ChunkedBytes segment : segments) {
                total += 48 + segment.capacity();
            }
            return total;
        }

        @Override
        public SpillFile writeTo(Path path, Serializer serializer) {
            return SpillFile.writeSerialized(path, serializer, segments, records);
        }
    }
}
