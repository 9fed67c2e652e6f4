package io.rivulet.sql.execution;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.plan.TreeString;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An operator: how a plan runs. Operators are immutable; {@link #execute} builds the lineage of column batches
 * that computes the operator from its children's, so that the core scheduler runs it: narrow operators
 * (projection, filter, generate, partial aggregation) are functions over a partition's batches pipelined in one
 * task, an exchange is a shuffle of batches (its own stage), and stages, retries, lineage recovery, metrics and
 * the UI need nothing of their own. Per-task state (hash tables, sorters) lives in the task, never here.
 *
 * <p>Requirements. An operator that needs its input spread or ordered in a way (an aggregation's final phase
 * clustered by its keys, a sort-merge join's sides hash-partitioned alike and sorted, a global limit in one
 * partition) says so with {@link #requiredChildDistribution} and {@link #requiredChildOrdering}; it never adds
 * the exchange or sort itself. {@link EnsureRequirements} inserts what the children do not already give (their
 * {@link #outputPartitioning} and {@link #outputOrdering}), so that nothing is shuffled or sorted twice.
 */
public interface PhysicalPlan {
    List<PhysicalPlan> children();

    /**
     * This operator over {@code children} (same number, same outputs), for the passes that insert exchanges
     * and sorts. Every operator with children must implement it; leaves return themselves.
     */
    default PhysicalPlan withNewChildren(List<PhysicalPlan> children) {
        if (children.isEmpty() && children().isEmpty()) {
            return this;
        }
        throw new IllegalStateException(getClass().getSimpleName() + " does not implement withNewChildren");
    }

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

    /** How each child's rows must be spread over partitions (one entry per child). */
    default List<Distribution> requiredChildDistribution() {
        return Collections.nCopies(children().size(), Distribution.UNSPECIFIED);
    }

    /** The order each child's rows must have within each partition (one entry per child; empty: any order). */
    default List<List<SortOrder>> requiredChildOrdering() {
        return Collections.nCopies(children().size(), List.of());
    }

    /** The node's line in {@code explain()}: {@code HashAggregate(keys=[k#1], functions=[sum(v#2)])}. */
    String nodeString();

    default String treeString() {
        return TreeString.of(this, PhysicalPlan::nodeString, PhysicalPlan::children);
    }

    /** The output as a schema (what the batches hold): for codecs and sources. */
    default StructType schema() {
        return schemaOf(output());
    }

    /** The schema of {@code attributes}: their names, types and nullability. */
    static StructType schemaOf(List<AttributeReference> attributes) {
        List<StructField> fields = new ArrayList<>(attributes.size());
        for (AttributeReference attribute : attributes) {
            fields.add(DataTypes.createStructField(attribute.name(), attribute.dataType(), attribute.nullable()));
        }
        return DataTypes.createStructType(fields);
    }
}
