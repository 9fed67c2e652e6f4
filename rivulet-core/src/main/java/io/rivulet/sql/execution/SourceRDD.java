package io.rivulet.sql.execution;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.Partition;
import io.rivulet.rdd.RddServices;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.task.TaskContext;
import java.util.Iterator;
import java.util.List;

/**
 * The batches of a leaf operator: one partition per element of {@code splits} (a slice of local rows, of a range,
 * an input partition of a scan), each read by {@code reader} in its task. No dependencies: nothing to recompute
 * but the read itself.
 */
final class SourceRDD<S> extends BaseRDD<ColumnBatch> {
    /** Reads one split in a task. */
    @FunctionalInterface
    interface SplitReader<S> {
        Iterator<ColumnBatch> read(S split, int index, TaskContext task);
    }

    private final List<S> splits;
    private final SplitReader<S> reader;

    SourceRDD(RddServices services, String operation, List<S> splits, SplitReader<S> reader) {
        super(services, operation, List.of());
        this.splits = List.copyOf(splits);
        this.reader = reader;
    }

    @Override
    protected Partition[] computePartitions() {
        Partition[] partitions = new Partition[splits.size()];
        for (int i = 0; i < partitions.length; i++) {
            partitions[i] = new SplitPartition(i);
        }
        return partitions;
    }

    @Override
    public Iterator<ColumnBatch> compute(Partition split, TaskContext context) {
        int index = split.index();
        return context.readIterator(reader.read(splits.get(index), index, context));
    }

    private record SplitPartition(int index) implements Partition {}
}
