package io.rivulet.sql.execution.aggregate;

import io.rivulet.internal.RivuletInternals;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.Partition;
import io.rivulet.sql.execution.ExecutionContext;
import io.rivulet.sql.execution.PhysicalPlan;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.task.TaskContext;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A leaf operator whose batches are made as they are read ({@code generator.batch(partition, index)}), so that a
 * test of millions of rows never holds them all: for hot keys and the rough throughput measurements.
 */
public record GeneratedExec(
        List<AttributeReference> output, int partitions, int batchesPerPartition, Generator generator)
        implements PhysicalPlan {
    /** Batch {@code index} of partition {@code partition}. */
    @FunctionalInterface
    public interface Generator extends Serializable {
        ColumnBatch batch(int partition, int index);
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of();
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        return new BaseRDD<ColumnBatch>(RivuletInternals.engine(context.rivulet()), "generated", List.of()) {
            @Override
            protected Partition[] computePartitions() {
                return PartitionsRDD.indexed(partitions);
            }

            @Override
            public Iterator<ColumnBatch> compute(Partition split, TaskContext task) {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < batchesPerPartition;
                    }

                    @Override
                    public ColumnBatch next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        return generator.batch(split.index(), next++);
                    }
                };
            }
        };
    }

    @Override
    public String nodeString() {
        return "Generated " + output;
    }
}
