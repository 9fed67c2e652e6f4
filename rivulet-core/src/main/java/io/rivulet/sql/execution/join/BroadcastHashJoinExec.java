package io.rivulet.sql.execution.join;

import static java.util.Objects.requireNonNull;

import io.rivulet.internal.RivuletInternals;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.execution.Distribution;
import io.rivulet.sql.execution.ExecutionContext;
import io.rivulet.sql.execution.Operators;
import io.rivulet.sql.execution.Partitioning;
import io.rivulet.sql.execution.PhysicalPlan;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.List;

/**
 * A hash join that holds one whole side: the build side's batches are collected on the driver by a job of their
 * own when the lineage is built, compacted into a {@link HashedRelation}, and probed by every task of the stream
 * side, which is never shuffled. With no keys it is the broadcast nested loop join ({@link HashedRelation#allRows}).
 *
 * <p>The relation is captured by the stream side's task function: in embedded mode the tasks run in the driver's
 * JVM and share the one relation (it is immutable, probed concurrently), held on the driver's heap outside the
 * memory manager, as Spark's broadcast relations are; a cluster mode would ship it as a broadcast variable. The
 * build side must be small: the planner chooses it under {@code rivulet.sql.autoBroadcastJoinThreshold} or by
 * the user's hint, and only a side a join type allows: one whose unmatched rows need not come out, as no task
 * sees all the probes; but for a nested loop that must (a full outer join without keys) the stream side is
 * required in one partition ({@link #requiredChildDistribution}).
 */
public record BroadcastHashJoinExec(
        List<Expression> leftKeys,
        List<Expression> rightKeys,
        JoinType joinType,
        boolean buildLeft,
        List<Expression> residual,
        PhysicalPlan left,
        PhysicalPlan right)
        implements PhysicalPlan {
    public BroadcastHashJoinExec {
        leftKeys = List.copyOf(leftKeys);
        rightKeys = List.copyOf(rightKeys);
        requireNonNull(joinType, "joinType is null");
        residual = List.copyOf(residual);
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
    }

    /**
     * A join that must show unmatched (or matched) rows of the broadcast side (a full outer join without keys)
     * streams the other side in one partition, whose one task sees every probe; any other streams in place.
     */
    @Override
    public List<Distribution> requiredChildDistribution() {
        Distribution stream =
                new JoinSides(joinType, buildLeft).tracksBuild() ? Distribution.ALL_TUPLES : Distribution.UNSPECIFIED;
        return buildLeft ? List.of(Distribution.UNSPECIFIED, stream) : List.of(stream, Distribution.UNSPECIFIED);
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(left, right);
    }

    @Override
    public PhysicalPlan withNewChildren(List<PhysicalPlan> children) {
        return new BroadcastHashJoinExec(
                leftKeys, rightKeys, joinType, buildLeft, residual, children.get(0), children.get(1));
    }

    @Override
    public List<AttributeReference> output() {
        return Joins.output(joinType, left, right);
    }

    /** The stream side's partitioning, whose rows stay where they are. */
    @Override
    public Partitioning outputPartitioning() {
        if (buildLeft) {
            return joinType == JoinType.INNER || joinType == JoinType.CROSS || joinType == JoinType.RIGHT_OUTER
                    ? right.outputPartitioning()
                    : Partitioning.UNKNOWN;
        }
        return left.outputPartitioning();
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        PhysicalPlan build = buildLeft ? left : right;
        PhysicalPlan stream = buildLeft ? right : left;
        JoinSides sides = new JoinSides(joinType, buildLeft);
        List<Expression> buildKeys = Operators.bind(buildLeft ? leftKeys : rightKeys, build.output());
        List<Expression> streamKeys = Operators.bind(buildLeft ? rightKeys : leftKeys, stream.output());
        List<Expression> boundResidual = Joins.bindResidual(residual, left, right);
        HashedRelation relation = broadcast(context, build, buildKeys, sides.streamPreserved());
        context.metrics().register(this);
        return Operators.mapPartitions(context, this, stream.execute(context), (task, partition, batches) -> {
            JoinOutput out = Joins.output(sides, left, right, boundResidual, context.evalContext(partition));
            return new HashJoinStream(relation, sides, out, streamKeys, batches, context.evalContext(partition));
        });
    }

    /** Runs the build side and holds its rows: a job now, on the calling (driver) thread. */
    static HashedRelation broadcast(
            ExecutionContext context, PhysicalPlan build, List<Expression> keys, boolean withNullRow) {
        List<ColumnBatch> batches = collect(context, build);
        if (keys.isEmpty()) {
            return HashedRelation.allRows(batches, Joins.types(build), withNullRow);
        }
        return HashedRelation.build(batches, Joins.types(build), keys, withNullRow, context.evalContext(0));
    }

    static List<ColumnBatch> collect(ExecutionContext context, PhysicalPlan plan) {
        List<List<ColumnBatch>> parts = RivuletInternals.runJob(
                context.rivulet(),
                plan.execute(context),
                (task, batches) -> {
                    List<ColumnBatch> list = new ArrayList<>();
                    batches.forEachRemaining(list::add);
                    return list;
                },
                "broadcast " + plan.nodeString());
        List<ColumnBatch> all = new ArrayList<>();
        parts.forEach(all::addAll);
        return all;
    }

    /**
     * Spark's lines: {@code BroadcastHashJoin [k#1], [k#5], Inner, BuildRight, false} (the last: not a null-aware
     * anti join), {@code BroadcastNestedLoopJoin BuildRight, LeftOuter, (a#2 < b#6)}.
     */
    @Override
    public String nodeString() {
        String build = buildLeft ? "BuildLeft" : "BuildRight";
        if (leftKeys.isEmpty()) {
            return "BroadcastNestedLoopJoin " + build + ", " + joinType + Joins.describeCondition(residual);
        }
        return "BroadcastHashJoin " + Joins.describeKeyed(joinType, leftKeys, rightKeys) + ", " + build
                + Joins.describeCondition(residual) + ", false";
    }
}
