package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.CoalescedRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.List;

/**
 * {@code coalesce(n)}: fewer partitions without a shuffle, each reading a contiguous group of the child's (a
 * narrow dependency); with as many or more, the child's partitions as they are.
 */
public record CoalesceExec(int numPartitions, PhysicalPlan child) implements PhysicalPlan {
    public CoalesceExec {
        if (numPartitions <= 0) {
            throw new IllegalArgumentException("numPartitions must be positive: " + numPartitions);
        }
        requireNonNull(child, "child is null");
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(child);
    }

    @Override
    public PhysicalPlan withNewChildren(List<PhysicalPlan> children) {
        return new CoalesceExec(numPartitions, children.get(0));
    }

    @Override
    public List<AttributeReference> output() {
        return child.output();
    }

    @Override
    public Partitioning outputPartitioning() {
        return numPartitions == 1 ? new Partitioning.Single() : new Partitioning.Unknown(numPartitions);
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        BaseRDD<ColumnBatch> input = child.execute(context);
        BaseRDD<ColumnBatch> merged =
                input.numPartitions() > numPartitions ? new CoalescedRDD<>(input, numPartitions) : input;
        return Operators.mapPartitions(context, this, merged, (task, partition, batches) -> batches);
    }

    @Override
    public String nodeString() {
        return "Coalesce " + numPartitions;
    }
}
