package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.List;

/**
 * {@code LIMIT limit OFFSET offset} over all rows: needs them in one partition (an exchange to a single partition
 * below it, unless the child has one), skips {@code offset} rows and gives the next {@code limit}, in the child's
 * order.
 */
public record GlobalLimitExec(long limit, long offset, PhysicalPlan child) implements PhysicalPlan {
    public GlobalLimitExec {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative: " + limit + ", " + offset);
        }
        requireNonNull(child, "child is null");
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(child);
    }

    @Override
    public PhysicalPlan withNewChildren(List<PhysicalPlan> children) {
        return new GlobalLimitExec(limit, offset, children.get(0));
    }

    @Override
    public List<AttributeReference> output() {
        return child.output();
    }

    @Override
    public List<Distribution> requiredChildDistribution() {
        return List.of(Distribution.ALL_TUPLES);
    }

    @Override
    public Partitioning outputPartitioning() {
        return new Partitioning.Single();
    }

    @Override
    public List<SortOrder> outputOrdering() {
        return child.outputOrdering();
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        BaseRDD<ColumnBatch> input = child.execute(context);
        if (input.numPartitions() != 1) {
            throw new IllegalStateException("a global limit over " + input.numPartitions() + " partitions");
        }
        return Operators.mapPartitions(
                context, this, input, (task, partition, batches) -> LocalLimitExec.take(batches, offset, limit));
    }

    @Override
    public String nodeString() {
        return "GlobalLimit " + limit + (offset == 0 ? "" : ", " + offset);
    }
}
