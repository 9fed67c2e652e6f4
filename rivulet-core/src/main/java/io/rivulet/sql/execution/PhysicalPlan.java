package io.rivulet.sql.execution;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.plan.TreeString;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.List;

/**
 * An operator: how a plan runs. Operators are immutable; {@link #execute} builds the lineage of column batches
 * that computes the operator from its children's, so that the core scheduler runs it: narrow operators
 * (projection, filter, generate, partial aggregation) are functions over a partition's batches pipelined in one
 * task, an exchange is a shuffle of batches (its own stage), and stages, retries, lineage recovery, metrics and
 * the UI need nothing of their own. Per-task state (hash tables, sorters) lives in the task, never here.
 */
public interface PhysicalPlan {
    List<PhysicalPlan> children();

    /** The columns of the batches, in order. */
    List<AttributeReference> output();

    /** The lineage of this operator's batches. */
    BaseRDD<ColumnBatch> execute(ExecutionContext context);

    /** How the output rows are spread over partitions, so that an exchange that would change nothing is left out. */
    default Partitioning outputPartitioning() {
        return Partitioning.UNKNOWN;
    }

    /** The order of rows within each partition, so that a sort that would change nothing is left out. */
    default List<SortOrder> outputOrdering() {
        return List.of();
    }

    /** The node's line in {@code explain()}: {@code HashAggregate(keys=[k#1], functions=[sum(v#2)])}. */
    String nodeString();

    default String treeString() {
        return TreeString.of(this, PhysicalPlan::nodeString, PhysicalPlan::children);
    }
}
