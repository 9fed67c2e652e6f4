package io.rivulet.shuffle;

import io.rivulet.Pair;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/** Map output kept on the heap, one array of records per reduce partition. */
final class InMemoryMapOutput implements MapOutput {
    private volatile Pair<Object, Object>[][] buckets;
    private final long[] bytes;

    InMemoryMapOutput(Pair<Object, Object>[][] buckets, long[] bytes) {
        this.buckets = buckets;
        this.bytes = bytes;
    }

    @Override
    public Iterator<Pair<Object, Object>> read(int reducePartition) {
        Pair<Object, Object>[][] current = buckets;
        if (current == null) {
            throw new IllegalStateException("map output was released");
        }
        List<Pair<Object, Object>> bucket = Arrays.asList(current[reducePartition]);
        return bucket.iterator();
    }

    @Override
    public long bytes(int reducePartition) {
        return bytes[reducePartition];
    }

    @Override
    public long records(int reducePartition) {
        Pair<Object, Object>[][] current = buckets;
        return current == null ? 0 : current[reducePartition].length;
    }

    @Override
    public void release() {
        buckets = null;
    }
}
