package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.BoundReference;
import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * {@code SELECT projectList}: each batch's columns computed from the child's, one vectorized evaluation per
 * expression; a projection of plain columns only picks vectors, without copying.
 */
public record ProjectExec(List<NamedExpression> projectList, PhysicalPlan child) implements PhysicalPlan {
    public ProjectExec {
        projectList = List.copyOf(projectList);
        requireNonNull(child, "child is null");
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(child);
    }

    @Override
    public PhysicalPlan withNewChildren(List<PhysicalPlan> children) {
        return new ProjectExec(projectList, children.get(0));
    }

    @Override
    public List<AttributeReference> output() {
        return projectList.stream().map(NamedExpression::toAttribute).toList();
    }

    @Override
    public Partitioning outputPartitioning() {
        return OutputProperties.partitioning(child.outputPartitioning(), projectList);
    }

    @Override
    public List<SortOrder> outputOrdering() {
        return OutputProperties.ordering(child.outputOrdering(), projectList);
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        List<Expression> bound = Operators.bind(projectList, child.output());
        int[] ordinals = ordinalsIfPlain(bound);
        return Operators.mapPartitions(context, this, child.execute(context), (task, partition, input) -> {
            if (ordinals != null) {
                return map(input, batch -> batch.project(ordinals));
            }
            EvalContext eval = context.evalContext(partition);
            return map(input, batch -> evaluate(bound, batch, eval));
        });
    }

    /** The columns of {@code batch} computed by {@code bound}; advances {@code eval} past the batch. */
    static ColumnBatch evaluate(List<Expression> bound, ColumnBatch batch, EvalContext eval) {
        ColumnVector[] columns = new ColumnVector[bound.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = bound.get(i).eval(batch, eval);
        }
        eval.advance(batch.numRows());
        return new ColumnBatch(batch.numRows(), List.of(columns));
    }

    /** The input positions when every expression is a column (possibly aliased), else null. */
    private static int[] ordinalsIfPlain(List<Expression> bound) {
        int[] ordinals = new int[bound.size()];
        for (int i = 0; i < ordinals.length; i++) {
            Expression e = bound.get(i);
            if (e instanceof io.rivulet.sql.expr.Alias alias) {
                e = alias.child();
            }
            if (!(e instanceof BoundReference reference)) {
                return null;
            }
            ordinals[i] = reference.ordinal();
        }
        return ordinals;
    }

    static Iterator<ColumnBatch> map(Iterator<ColumnBatch> input, java.util.function.UnaryOperator<ColumnBatch> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public ColumnBatch next() {
                if (!input.hasNext()) {
                    throw new NoSuchElementException();
                }
                return f.apply(input.next());
            }
        };
    }

    @Override
    public String nodeString() {
        return "Project " + Operators.list(projectList);
    }
}
