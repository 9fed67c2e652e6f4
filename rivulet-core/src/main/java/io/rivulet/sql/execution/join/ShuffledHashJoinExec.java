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
import io.rivulet.sql.execution.aggregate.MemoryGrant;
import io.rivulet.sql.execution.aggregate.TaskResources;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.session.SqlConf;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.task.TaskContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A hash join of two sides hash-partitioned alike on their keys (Spark's {@code ShuffledHashJoinExec}): each task
 * holds its partition of the build side in a {@link HashedRelation} and probes it with the same partition of the
 * other side ({@link HashJoinStream}). As a task sees every row of both sides with its keys, either side may be
 * built, whatever the join type (but the left of a semi or anti join, which the planner never asks for).
 *
 * <p>The relation is held under a {@link MemoryGrant} of the task, and does not spill: the planner chooses this
 * join only when {@code rivulet.sql.join.preferSortMergeJoin} is false and a side is small (under the broadcast
 * threshold times the shuffle partitions). A partition that does not fit fails its task, naming the setting.
 */
public record ShuffledHashJoinExec(
        List<Expression> leftKeys,
        List<Expression> rightKeys,
        JoinType joinType,
        boolean buildLeft,
        List<Expression> residual,
        PhysicalPlan left,
        PhysicalPlan right)
        implements PhysicalPlan {
    public ShuffledHashJoinExec {
        leftKeys = List.copyOf(leftKeys);
        rightKeys = List.copyOf(rightKeys);
        requireNonNull(joinType, "joinType is null");
        residual = List.copyOf(residual);
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
        if (leftKeys.isEmpty() || leftKeys.size() != rightKeys.size()) {
            throw new IllegalArgumentException(
                    "a shuffled hash join needs as many keys on each side, some: " + leftKeys + ", " + rightKeys);
        }
    }

    /** Equal keys of both sides in the same partition. */
    @Override
    public List<Distribution> requiredChildDistribution() {
        return List.of(new Distribution.HashClustered(leftKeys), new Distribution.HashClustered(rightKeys));
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(left, right);
    }

    @Override
    public PhysicalPlan withNewChildren(List<PhysicalPlan> children) {
        return new ShuffledHashJoinExec(
                leftKeys, rightKeys, joinType, buildLeft, residual, children.get(0), children.get(1));
    }

    @Override
    public List<AttributeReference> output() {
        return Joins.output(joinType, left, right);
    }

    @Override
    public Partitioning outputPartitioning() {
        return Joins.partitioning(joinType, left, right);
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        PhysicalPlan build = buildLeft ? left : right;
        PhysicalPlan stream = buildLeft ? right : left;
        JoinSides sides = new JoinSides(joinType, buildLeft);
        List<Expression> buildKeys = Operators.bind(buildLeft ? leftKeys : rightKeys, build.output());
        List<Expression> streamKeys = Operators.bind(buildLeft ? rightKeys : leftKeys, stream.output());
        List<Expression> boundResidual = Joins.bindResidual(residual, left, right);
        List<io.rivulet.sql.types.DataType> buildTypes = Joins.types(build);
        Rivulet rivulet = context.rivulet();
        SqlConf conf = context.conf();
        context.metrics().register(this);
        BaseRDD<ColumnBatch> builds = build.execute(context);
        BaseRDD<ColumnBatch> streams = stream.execute(context);
        return new ZippedPartitionsRDD<ColumnBatch, ColumnBatch, ColumnBatch>(
                streams, builds, "ShuffledHashJoinExec", (task, partition, streamed, built) -> {
                    TaskResources resources = TaskResources.of(rivulet, conf, task, partition);
                    HashedRelation relation =
                            hold(resources, task, partition, built, buildTypes, buildKeys, sides.streamPreserved());
                    JoinOutput out = Joins.output(sides, left, right, boundResidual, resources.eval());
                    Iterator<ColumnBatch> joined =
                            new HashJoinStream(relation, sides, out, streamKeys, streamed, resources.eval());
                    return Operators.track(context, this, task, partition, joined);
                });
    }

    /** The build side's partition as a relation, held under a grant given back when the task ends. */
    private static HashedRelation hold(
            TaskResources resources,
            TaskContext task,
            int partition,
            Iterator<ColumnBatch> built,
            List<io.rivulet.sql.types.DataType> types,
            List<Expression> keys,
            boolean withNullRow) {
        MemoryGrant grant = resources.grant();
        task.addCompletionCallback(grant::close);
        List<ColumnBatch> batches = new ArrayList<>();
        long bytes = 0;
        while (built.hasNext()) {
            ColumnBatch batch = built.next();
            batches.add(batch);
            bytes += batch.estimatedBytes();
            // twice: the batches and their compacted copy live together while the relation is built
            if (!grant.fits(2 * bytes)) {
                throw new UnsupportedOperationException("the build side of a shuffled hash join, partition "
                        + partition + ", outgrew the task's execution memory at about " + bytes + " bytes; set "
                        + "rivulet.sql.join.preferSortMergeJoin=true (the default) for a sort-merge join, which"
                        + " spills");
            }
        }
        HashedRelation relation = HashedRelation.build(batches, types, keys, withNullRow, resources.eval());
        batches.clear();
        return relation;
    }

    @Override
    public String nodeString() {
        return "ShuffledHashJoin " + Joins.describeKeyed(joinType, leftKeys, rightKeys) + ", "
                + (buildLeft ? "BuildLeft" : "BuildRight") + Joins.describeCondition(residual);
    }
}
