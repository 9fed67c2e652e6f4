package io.rivulet.sql.execution.aggregate;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.Partition;
import io.rivulet.rdd.RddServices;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.task.TaskContext;
import java.util.Iterator;
import java.util.List;

/** A source of given batches in given partitions (some may be empty): the leaf of the operators' tests. */
public final class PartitionsRDD extends BaseRDD<ColumnBatch> {
    private final List<List<ColumnBatch>> partitions;

    public PartitionsRDD(RddServices services, List<List<ColumnBatch>> partitions) {
        super(services, "testBatches", List.of());
        this.partitions = List.copyOf(partitions);
    }

    @Override
    protected Partition[] computePartitions() {
        return indexed(partitions.size());
    }

    /** Partitions {@code 0 .. count - 1}. */
    static Partition[] indexed(int count) {
        Partition[] result = new Partition[count];
        for (int i = 0; i < count; i++) {
            result[i] = new Index(i);
        }
        return result;
    }

    private record Index(int index) implements Partition {}

    @Override
    public Iterator<ColumnBatch> compute(Partition split, TaskContext context) {
        return context.readIterator(partitions.get(split.index()).iterator());
    }
}
