package io.rivulet.rdd;

import io.rivulet.task.TaskContext;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * An in-memory collection cut into {@code numSlices} contiguous slices. The data may come from a
 * single-use source (an iterator or a stream): the supplier then drains it once, on first use, and the
 * list it returns is kept, so that every later action sees the same elements.
 */
public final class ParallelCollectionRDD<T> extends BaseRDD<T> {
    private final Supplier<List<T>> data;
    private final int numSlices;

    public ParallelCollectionRDD(RddServices services, String operation, Supplier<List<T>> data, int numSlices) {
        super(services, operation, List.of());
        this.data = data;
        this.numSlices = numSlices;
    }

    /** The elements (drained from a single-use source on first use). */
    public List<T> data() {
        return data.get();
    }

    public int numSlices() {
        return numSlices;
    }

    @Override
    protected Partition[] computePartitions() {
        long size = data.get().size();
        Partition[] partitions = new Partition[numSlices];
        for (int i = 0; i < numSlices; i++) {
            int start = (int) (i * size / numSlices);
            int end = (int) ((i + 1) * size / numSlices);
            partitions[i] = new Slice(i, start, end);
        }
        return partitions;
    }

    @Override
    public Iterator<T> compute(Partition split, TaskContext context) {
        Slice slice = (Slice) split;
        return context.readIterator(data.get().subList(slice.start, slice.end).iterator());
    }

    private record Slice(int index, int start, int end) implements Partition {}
}
