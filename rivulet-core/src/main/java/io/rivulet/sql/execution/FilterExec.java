package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.vector.BooleanVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * {@code WHERE condition}: evaluates the condition over each batch as one boolean vector and keeps the rows where
 * it is true (not false, not null) with one gather per column; a batch where every row passes goes on as it is.
 * Selective filters leave small batches, which are merged ({@link Batches#coalesce}) so that the operators above
 * still see batches of a few thousand rows.
 */
public record FilterExec(Expression condition, PhysicalPlan child) implements PhysicalPlan {
    public FilterExec {
        requireNonNull(condition, "condition is null");
        requireNonNull(child, "child is null");
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(child);
    }

    @Override
    public PhysicalPlan withNewChildren(List<PhysicalPlan> children) {
        return new FilterExec(condition, children.get(0));
    }

    @Override
    public List<AttributeReference> output() {
        return child.output();
    }

    @Override
    public Partitioning outputPartitioning() {
        return child.outputPartitioning();
    }

    @Override
    public List<SortOrder> outputOrdering() {
        return child.outputOrdering();
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        Expression bound = Operators.bind(condition, child.output());
        return Operators.mapPartitions(context, this, child.execute(context), (task, partition, input) -> {
            EvalContext eval = context.evalContext(partition);
            return Batches.coalesce(filtered(input, bound, eval));
        });
    }

    private static Iterator<ColumnBatch> filtered(Iterator<ColumnBatch> input, Expression bound, EvalContext eval) {
        return new Iterator<>() {
            private ColumnBatch next;

            @Override
            public boolean hasNext() {
                while (next == null && input.hasNext()) {
                    ColumnBatch batch = input.next();
                    ColumnBatch kept = select(batch, bound.eval(batch, eval));
                    eval.advance(batch.numRows());
                    if (kept.numRows() > 0) {
                        next = kept;
                    }
                }
                return next != null;
            }

            @Override
            public ColumnBatch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ColumnBatch result = next;
                next = null;
                return result;
            }
        };
    }

    /** The rows of {@code batch} where {@code mask} is true. */
    static ColumnBatch select(ColumnBatch batch, ColumnVector mask) {
        if (!(mask instanceof BooleanVector booleans)) {
            throw new IllegalStateException(
                    "a filter condition gave " + mask.type().simpleString() + ", not boolean");
        }
        int rows = batch.numRows();
        boolean[] values = booleans.values();
        boolean[] nulls = booleans.nulls();
        int[] positions = new int[rows];
        int count = 0;
        if (nulls == null) {
            for (int i = 0; i < rows; i++) {
                positions[count] = i;
                count += values[i] ? 1 : 0;
            }
        } else {
            for (int i = 0; i < rows; i++) {
                positions[count] = i;
                count += values[i] && !nulls[i] ? 1 : 0;
            }
        }
        if (count == rows) {
            return batch;
        }
        return batch.gather(positions, count);
    }

    @Override
    public String nodeString() {
        return "Filter " + condition;
    }
}
