package io.rivulet.sql.execution;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.MapPartitionsRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Binder;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.task.TaskContext;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What operators share while they build lineage: a narrow per-partition step over batches with its metrics
 * ({@link #mapPartitions}), binding, and the strings of node lines.
 */
public final class Operators {
    private Operators() {}

    /** What a narrow operator does to one partition's batches, in one task. */
    @FunctionalInterface
    public interface BatchTransform {
        Iterator<ColumnBatch> apply(TaskContext task, int partition, Iterator<ColumnBatch> input) throws Exception;
    }

    /**
     * {@code child}'s partitions transformed by {@code transform}, in the same task as the child's (a
     * {@code MapPartitionsRDD}), the output counted under {@code plan} in the context's metrics.
     */
    public static BaseRDD<ColumnBatch> mapPartitions(
            ExecutionContext context, PhysicalPlan plan, BaseRDD<ColumnBatch> child, BatchTransform transform) {
        SqlMetrics metrics = context.metrics();
        metrics.register(plan);
        return new MapPartitionsRDD<ColumnBatch, ColumnBatch>(
                child,
                plan.getClass().getSimpleName(),
                (task, partition, input) ->
                        metrics.track(plan, task, partition, transform.apply(task, partition, input)),
                true);
    }

    /** Counts {@code batches} of {@code plan}'s partition {@code partition}, for operators that make their own RDDs. */
    public static Iterator<ColumnBatch> track(
            ExecutionContext context,
            PhysicalPlan plan,
            TaskContext task,
            int partition,
            Iterator<ColumnBatch> batches) {
        return context.metrics().track(plan, task, partition, batches);
    }

    /** {@code expressions} bound to the positions of {@code input}. */
    public static List<Expression> bind(List<? extends Expression> expressions, List<AttributeReference> input) {
        return new Binder(input).bindAll(expressions);
    }

    public static Expression bind(Expression expression, List<AttributeReference> input) {
        return new Binder(input).bind(expression);
    }

    /** {@code [a#1, b#2]}, as Spark prints lists in node lines. */
    public static String list(List<?> items) {
        return items.stream().map(Object::toString).collect(Collectors.joining(", ", "[", "]"));
    }

    /** {@code [a#1,b#2]}: Spark's form for a scan's columns. */
    static String compactList(List<?> items) {
        return items.stream().map(Object::toString).collect(Collectors.joining(",", "[", "]"));
    }
}
