package io.rivulet.rdd;

import io.rivulet.Partitioner;
import io.rivulet.task.TaskContext;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Where the lineage of a locally checkpointed RDD ends. Its partitions live as persisted blocks of that RDD
 * (at a level with disk, so eviction does not lose them); this RDD is only reached when one is missing,
 * which cannot be mended: the lineage that could recompute it is gone, as in Spark.
 */
final class LocalCheckpointRDD<T> extends BaseRDD<T> {
    private final int checkpointedRddId;
    private final int numPartitions;
    private final Optional<Partitioner> partitioner;

    LocalCheckpointRDD(
            RddServices services, int checkpointedRddId, int numPartitions, Optional<Partitioner> partitioner) {
        super(services, "localCheckpoint", List.of());
        this.checkpointedRddId = checkpointedRddId;
        this.numPartitions = numPartitions;
        this.partitioner = partitioner;
    }

    @Override
    protected Partition[] computePartitions() {
        return IndexedPartition.range(numPartitions);
    }

    @Override
    public Iterator<T> compute(Partition split, TaskContext context) {
        throw new IllegalStateException("the block rdd_" + checkpointedRddId + "_" + split.index()
                + " of a locally checkpointed RDD is missing (was the RDD unpersisted?); its lineage was"
                + " truncated, so it cannot be computed again. Use checkpoint() for a checkpoint that survives"
                + " lost blocks");
    }

    @Override
    public Optional<Partitioner> partitioner() {
        return partitioner;
    }
}
