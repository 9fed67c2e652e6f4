package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Spark's {@code Expand}: every input row once per projection, each projection computing the whole output row.
 * The aggregation of several distinct aggregates uses it to give each set of distinct arguments rows of its own
 * (tagged by a group id column); one input batch becomes one output batch per projection.
 */
public record ExpandExec(List<List<Expression>> projections, List<AttributeReference> output, PhysicalPlan child)
        implements PhysicalPlan {
    public ExpandExec {
        projections = projections.stream().map(List::copyOf).toList();
        output = List.copyOf(output);
        requireNonNull(child, "child is null");
        for (List<Expression> projection : projections) {
            if (projection.size() != output.size()) {
                throw new IllegalArgumentException(
                        "a projection of " + projection.size() + " columns for " + output.size() + ": " + projection);
            }
        }
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(child);
    }

    @Override
    public PhysicalPlan withNewChildren(List<PhysicalPlan> children) {
        return new ExpandExec(projections, output, children.get(0));
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        List<List<Expression>> bound = new ArrayList<>();
        for (List<Expression> projection : projections) {
            bound.add(Operators.bind(projection, child.output()));
        }
        return Operators.mapPartitions(context, this, child.execute(context), (task, partition, input) -> {
            EvalContext eval = context.evalContext(partition);
            return new Expanded(input, bound, eval);
        });
    }

    /** The projections of each input batch in turn. */
    private static final class Expanded implements Iterator<ColumnBatch> {
        private final Iterator<ColumnBatch> input;
        private final List<List<Expression>> bound;
        private final EvalContext eval;
        private ColumnBatch current;
        private int next;

        Expanded(Iterator<ColumnBatch> input, List<List<Expression>> bound, EvalContext eval) {
            this.input = input;
            this.bound = bound;
            this.eval = eval;
        }

        @Override
        public boolean hasNext() {
            return (current != null && next < bound.size()) || input.hasNext();
        }

        @Override
        public ColumnBatch next() {
            if (current == null || next == bound.size()) {
                if (!input.hasNext()) {
                    throw new NoSuchElementException();
                }
                current = input.next();
                next = 0;
            }
            List<Expression> projection = bound.get(next++);
            ColumnBatch out = evaluate(projection, current);
            if (next == bound.size()) {
                eval.advance(current.numRows());
            }
            return out;
        }

        private ColumnBatch evaluate(List<Expression> projection, ColumnBatch batch) {
            List<io.rivulet.sql.vector.ColumnVector> columns = new ArrayList<>(projection.size());
            for (Expression expression : projection) {
                columns.add(expression.eval(batch, eval));
            }
            return new ColumnBatch(batch.numRows(), columns);
        }
    }

    @Override
    public String nodeString() {
        List<String> rows = projections.stream().map(Operators::list).toList();
        return "Expand " + Operators.list(rows) + ", " + Operators.list(output);
    }
}
