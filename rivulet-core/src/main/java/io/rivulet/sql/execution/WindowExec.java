package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.expr.WindowExpression;
import io.rivulet.sql.expr.WindowFrame;
import io.rivulet.sql.expr.WindowFunction;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;

/**
 * Window functions ({@code Window}): its input clustered by {@code partitionSpec} (a hash exchange, or one
 * partition without a spec) and sorted by the partition keys then {@code orderSpec}, both inserted by
 * {@link EnsureRequirements}. It cuts the sorted stream into blocks of whole window partitions (a few thousand rows,
 * or one large partition), computes every window expression over each block at once, and appends the results as
 * columns. A window partition is held in memory whole (not spilled).
 *
 * <p>Each expression is a function over a frame ({@link WindowFrame}, Spark's default when the spec has none: the
 * partition up to the current row's peers with an ordering, the whole partition without). Aggregate functions are
 * computed over frames by {@link FrameAggregate}, the functions of a row's place in its partition by {@link
 * FrameWindowFunction}.
 */
public record WindowExec(
        List<NamedExpression> windowExpressions,
        List<Expression> partitionSpec,
        List<SortOrder> orderSpec,
        PhysicalPlan child)
        implements PhysicalPlan {
    public WindowExec {
        windowExpressions = List.copyOf(windowExpressions);
        partitionSpec = List.copyOf(partitionSpec);
        orderSpec = List.copyOf(orderSpec);
        requireNonNull(child, "child is null");
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(child);
    }

    @Override
    public PhysicalPlan withNewChildren(List<PhysicalPlan> children) {
        return new WindowExec(windowExpressions, partitionSpec, orderSpec, children.get(0));
    }

    @Override
    public List<AttributeReference> output() {
        List<AttributeReference> output = new ArrayList<>(child.output());
        for (NamedExpression expression : windowExpressions) {
            output.add(expression.toAttribute());
        }
        return output;
    }

    @Override
    public List<Distribution> requiredChildDistribution() {
        return List.of(partitionSpec.isEmpty() ? Distribution.ALL_TUPLES : new Distribution.Clustered(partitionSpec));
    }

    @Override
    public List<List<SortOrder>> requiredChildOrdering() {
        List<SortOrder> ordering = new ArrayList<>();
        for (Expression key : partitionSpec) {
            ordering.add(SortOrder.asc(key));
        }
        ordering.addAll(orderSpec);
        return ordering.isEmpty() ? List.of(List.of()) : List.of(ordering);
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
        List<AttributeReference> input = child.output();
        List<Expression> partitionKeys = Operators.bind(partitionSpec, input);
        List<Expression> orderKeys =
                Operators.bind(orderSpec.stream().map(SortOrder::child).toList(), input);
        ColumnOrdering orderOrdering = RangeBounds.keyOrdering(orderSpec);
        ColumnOrdering partitionOrdering = RangeBounds.keyOrdering(
                partitionSpec.stream().map(SortOrder::asc).toList());
        List<BiFunction<WindowBlock, EvalContext, ColumnVector>> functions = new ArrayList<>();
        for (NamedExpression expression : windowExpressions) {
            functions.add(evaluator(expression, input));
        }
        return Operators.mapPartitions(context, this, child.execute(context), (task, partition, batches) -> {
            EvalContext eval = context.evalContext(partition);
            Iterator<WindowBlocks.Block> blocks = new WindowBlocks(batches, partitionKeys, partitionOrdering, eval);
            return new Iterator<ColumnBatch>() {
                @Override
                public boolean hasNext() {
                    return blocks.hasNext();
                }

                @Override
                public ColumnBatch next() {
                    if (!blocks.hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return evaluate(blocks.next(), functions, orderKeys, orderOrdering, eval);
                }
            };
        });
    }

    /** The block's rows with one more column per window expression. */
    private static ColumnBatch evaluate(
            WindowBlocks.Block raw,
            List<BiFunction<WindowBlock, EvalContext, ColumnVector>> functions,
            List<Expression> orderKeys,
            ColumnOrdering orderOrdering,
            EvalContext eval) {
        ColumnBatch rows = raw.rows();
        ColumnBatch keys = RangeBounds.keys(orderKeys, rows, eval);
        WindowBlock block = new WindowBlock(rows, raw.starts(), keys, orderOrdering);
        List<ColumnVector> columns = new ArrayList<>(rows.columns());
        for (BiFunction<WindowBlock, EvalContext, ColumnVector> function : functions) {
            columns.add(function.apply(block, eval));
        }
        eval.advance(rows.numRows());
        return new ColumnBatch(rows.numRows(), columns);
    }

    private BiFunction<WindowBlock, EvalContext, ColumnVector> evaluator(
            NamedExpression named, List<AttributeReference> input) {
        Expression expression = named instanceof Alias alias ? alias.child() : named;
        if (!(expression instanceof WindowExpression window)) {
            throw new IllegalStateException("not a window expression: " + named);
        }
        WindowFrame frame = window.spec()
                .frame()
                .orElse(orderSpec.isEmpty() ? WindowFrame.WHOLE_PARTITION : WindowFrame.DEFAULT_ORDERED);
        Expression function = Operators.bind(window.function(), input);
        if (function instanceof AggregateFunction aggregate) {
            return new FrameAggregate(aggregate, frame)::evaluate;
        }
        if (function instanceof WindowFunction windowFunction) {
            // A ranking or offset function is defined over its own frame, whatever the spec says.
            WindowFrame own = windowFunction.requiredFrame().orElse(frame);
            return new FrameWindowFunction(windowFunction, own)::evaluate;
        }
        throw new UnsupportedOperationException(
                "the window function " + window.function().sql() + " has no evaluation yet");
    }

    @Override
    public String nodeString() {
        return "Window " + Operators.list(windowExpressions) + ", " + Operators.list(partitionSpec) + ", "
                + Operators.list(orderSpec);
    }
}
