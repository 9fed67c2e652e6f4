package io.rivulet.sql.execution.join;

import static java.util.Objects.requireNonNull;

import io.rivulet.Rivulet;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.ZippedPartitionsRDD;
import io.rivulet.sql.execution.Distribution;
import io.rivulet.sql.execution.ExecutionContext;
import io.rivulet.sql.execution.Operators;
import io.rivulet.sql.execution.Partitioning;
import io.rivulet.sql.execution.PhysicalPlan;
import io.rivulet.sql.execution.aggregate.TaskResources;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.session.SqlConf;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.List;

/**
 * A join of two sides hash-partitioned alike on their keys and sorted by them (Spark's {@code SortMergeJoinExec}):
 * the default for joins on equality keys that are not broadcast, as it never holds a side: a task walks both
 * sorted partitions together ({@link SortMergeJoinScanner}) and buffers only the rows of one key of one side
 * ({@link KeyGroup}), which spill through the task's execution memory when that key is hot.
 *
 * <p>The left side is streamed and the right buffered, but for a right outer join, which streams the right so that
 * its unmatched rows come out as each streamed batch ends. It states its requirements and adds nothing itself:
 * {@code EnsureRequirements} inserts the exchanges (both sides into the same number of partitions) and the sorts
 * (ascending, nulls first), and leaves them out where a side is already partitioned or sorted so.
 */
public record SortMergeJoinExec(
        List<Expression> leftKeys,
        List<Expression> rightKeys,
        JoinType joinType,
        List<Expression> residual,
        PhysicalPlan left,
        PhysicalPlan right)
        implements PhysicalPlan {
    public SortMergeJoinExec {
        leftKeys = List.copyOf(leftKeys);
        rightKeys = List.copyOf(rightKeys);
        requireNonNull(joinType, "joinType is null");
        residual = List.copyOf(residual);
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
        if (leftKeys.isEmpty() || leftKeys.size() != rightKeys.size()) {
            throw new IllegalArgumentException(
                    "a sort-merge join needs as many keys on each side, some: " + leftKeys + ", " + rightKeys);
        }
    }

    /** Whether the right side is streamed (and the left buffered). */
    private boolean streamRight() {
        return joinType == JoinType.RIGHT_OUTER;
    }

    @Override
    public List<Distribution> requiredChildDistribution() {
        return List.of(new Distribution.HashClustered(leftKeys), new Distribution.HashClustered(rightKeys));
    }

    @Override
    public List<List<SortOrder>> requiredChildOrdering() {
        return List.of(ascending(leftKeys), ascending(rightKeys));
    }

    private static List<SortOrder> ascending(List<Expression> keys) {
        return keys.stream().map(SortOrder::asc).toList();
    }

    /**
     * The left keys' order for the joins whose rows come out in the streamed (left) side's order: pairs as the
     * streamed rows reach them, and semi or anti rows in place; outer joins add unmatched rows out of order.
     */
    @Override
    public List<SortOrder> outputOrdering() {
        return switch (joinType) {
            case INNER, CROSS, LEFT_SEMI, LEFT_ANTI -> ascending(leftKeys);
            default -> List.of();
        };
    }

    @Override
    public Partitioning outputPartitioning() {
        return Joins.partitioning(joinType, left, right);
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(left, right);
    }

    @Override
    public PhysicalPlan withNewChildren(List<PhysicalPlan> children) {
        return new SortMergeJoinExec(leftKeys, rightKeys, joinType, residual, children.get(0), children.get(1));
    }

    @Override
    public List<AttributeReference> output() {
        return Joins.output(joinType, left, right);
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        boolean buildLeft = streamRight();
        PhysicalPlan bufferedPlan = buildLeft ? left : right;
        PhysicalPlan streamedPlan = buildLeft ? right : left;
        JoinSides sides = new JoinSides(joinType, buildLeft);
        List<Expression> bufferedKeys = Operators.bind(buildLeft ? leftKeys : rightKeys, bufferedPlan.output());
        List<Expression> streamedKeys = Operators.bind(buildLeft ? rightKeys : leftKeys, streamedPlan.output());
        List<Expression> boundResidual = Joins.bindResidual(residual, left, right);
        StructType bufferedSchema = PhysicalPlan.schemaOf(bufferedPlan.output());
        Rivulet rivulet = context.rivulet();
        SqlConf conf = context.conf();
        context.metrics().register(this);
        BaseRDD<ColumnBatch> streams = streamedPlan.execute(context);
        BaseRDD<ColumnBatch> buffers = bufferedPlan.execute(context);
        return new ZippedPartitionsRDD<ColumnBatch, ColumnBatch, ColumnBatch>(
                streams, buffers, "SortMergeJoinExec", (task, partition, streamed, buffered) -> {
                    TaskResources resources = TaskResources.of(rivulet, conf, task, partition);
                    KeyGroup group = new KeyGroup(resources, bufferedSchema, sides.tracksBuild());
                    task.addCompletionCallback(group::close);
                    JoinOutput out = Joins.output(sides, left, right, boundResidual, resources.eval());
                    SortMergeJoinScanner scanner = new SortMergeJoinScanner(
                            sides, out, streamedKeys, streamed, bufferedKeys, buffered, group, resources.eval());
                    return Operators.track(context, this, task, partition, scanner);
                });
    }

    /** Spark's line: {@code SortMergeJoin [k#1], [k#5], Inner} and the post-filter. */
    @Override
    public String nodeString() {
        return "SortMergeJoin " + Joins.describeKeyed(joinType, leftKeys, rightKeys)
                + Joins.describeCondition(residual);
    }
}
