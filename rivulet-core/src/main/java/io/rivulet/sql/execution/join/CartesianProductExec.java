package io.rivulet.sql.execution.join;

import static java.util.Objects.requireNonNull;

import io.rivulet.Pair;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.CartesianRDD;
import io.rivulet.rdd.MapPartitionsRDD;
import io.rivulet.sql.execution.ExecutionContext;
import io.rivulet.sql.execution.Operators;
import io.rivulet.sql.execution.PhysicalPlan;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * An inner join without equality keys of two sides neither of which is small enough to broadcast (Spark's
 * {@code CartesianProductExec}): a task per pair of partitions ({@link CartesianRDD}, which holds the right
 * partition's batches), every pair of rows of each pair of batches, a chunk at a time, kept where the
 * post-filter holds. Only inner and cross joins: no task sees all the pairs of a row.
 */
public record CartesianProductExec(List<Expression> residual, PhysicalPlan left, PhysicalPlan right)
        implements PhysicalPlan {
    public CartesianProductExec {
        residual = List.copyOf(residual);
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(left, right);
    }

    @Override
    public PhysicalPlan withNewChildren(List<PhysicalPlan> children) {
        return new CartesianProductExec(residual, children.get(0), children.get(1));
    }

    @Override
    public List<AttributeReference> output() {
        return Joins.output(JoinType.INNER, left, right);
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        JoinSides sides = new JoinSides(JoinType.INNER, false);
        List<Expression> boundResidual = Joins.bindResidual(residual, left, right);
        context.metrics().register(this);
        CartesianRDD<ColumnBatch, ColumnBatch> pairs =
                new CartesianRDD<>(left.execute(context), right.execute(context));
        return new MapPartitionsRDD<Pair<ColumnBatch, ColumnBatch>, ColumnBatch>(
                pairs,
                "CartesianProductExec",
                (task, partition, input) -> {
                    JoinOutput out = Joins.output(sides, left, right, boundResidual, context.evalContext(partition));
                    return Operators.track(context, this, task, partition, new AllPairs(input, out));
                },
                false);
    }

    /** Every pair of rows of each pair of batches, {@link HashJoinStream#CHUNK} candidate pairs at a time. */
    private static final class AllPairs implements Iterator<ColumnBatch> {
        private final Iterator<Pair<ColumnBatch, ColumnBatch>> input;
        private final JoinOutput out;
        private final int[] lPos = new int[HashJoinStream.CHUNK];
        private final int[] rPos = new int[HashJoinStream.CHUNK];
        private Pair<ColumnBatch, ColumnBatch> current;
        private int leftRow;
        private int rightRow;

        AllPairs(Iterator<Pair<ColumnBatch, ColumnBatch>> input, JoinOutput out) {
            this.input = input;
            this.out = out;
        }

        @Override
        public boolean hasNext() {
            while (out.ready.isEmpty() && (current != null || input.hasNext())) {
                if (current == null) {
                    current = input.next();
                    leftRow = 0;
                    rightRow = 0;
                }
                fill();
            }
            return !out.ready.isEmpty();
        }

        private void fill() {
            ColumnBatch l = current.key();
            ColumnBatch r = current.value();
            int n = 0;
            while (leftRow < l.numRows() && r.numRows() > 0 && n < lPos.length) {
                lPos[n] = leftRow;
                rPos[n++] = rightRow++;
                if (rightRow == r.numRows()) {
                    rightRow = 0;
                    leftRow++;
                }
            }
            out.pairs(l, lPos, r, rPos, n, null, null, null, 0);
            if (leftRow >= l.numRows() || r.numRows() == 0) {
                current = null;
            }
        }

        @Override
        public ColumnBatch next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return out.ready.poll();
        }
    }

    @Override
    public String nodeString() {
        return "CartesianProduct"
                + (residual.isEmpty()
                        ? ""
                        : " " + Joins.describeCondition(residual).substring(2));
    }
}
