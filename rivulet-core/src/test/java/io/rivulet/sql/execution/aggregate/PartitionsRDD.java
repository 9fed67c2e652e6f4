package io.rivulet.sql.execution.aggregate;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.IndexedPartition;
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
        return IndexedPartition.range(partitions.size());
    }

    @Override
    public Iterator<ColumnBatch> compute(Partition split, TaskContext context) {
        return context.readIterator(partitions.get(split.index()).iterator());
    }
}
