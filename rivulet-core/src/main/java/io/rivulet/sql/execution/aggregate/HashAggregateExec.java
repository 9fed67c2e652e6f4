package io.rivulet.sql.execution.aggregate;

import static java.util.Objects.requireNonNull;

import io.rivulet.Rivulet;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.execution.Distribution;
import io.rivulet.sql.execution.ExecutionContext;
import io.rivulet.sql.execution.Operators;
import io.rivulet.sql.execution.Partitioning;
import io.rivulet.sql.execution.PhysicalPlan;
import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Binder;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.session.SqlConf;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Hash aggregation over column batches, one step of two-phase aggregation or all of it ({@link AggregateMode}):
 * groups the child's rows by {@code grouping} and runs {@code calls} over each group; each task's work is a
 * {@link HashAggregation}. Immutable.
 *
 * <p>Output: when {@code givesResults}, the {@code results} expressions (over the grouping attributes and the
 * calls' result attributes: {@code sum(x) / count(x)} became {@code (sum#7 / count#8)}); otherwise the grouping
 * attributes then every call's state attributes, which the next step reads after an exchange on the grouping
 * attributes.
 *
 * @param grouping the grouping expressions over the child (attributes after an exchange, else attributes or
 *     aliases of computed keys)
 * @param mayEmitEarly whether a key may come out more than once (a partial step before an exchange): then a task
 *     out of memory emits its groups and starts over instead of spilling
 */
public record HashAggregateExec(
        List<NamedExpression> grouping,
        List<AggregateCall> calls,
        List<NamedExpression> results,
        boolean givesResults,
        boolean mayEmitEarly,
        PhysicalPlan child)
        implements PhysicalPlan {
    public HashAggregateExec {
        grouping = List.copyOf(grouping);
        calls = List.copyOf(calls);
        results = List.copyOf(results);
        requireNonNull(child, "child is null");
        for (AggregateCall call : calls) {
            if (call.mode().givesStates() == givesResults) {
                throw new IllegalArgumentException("a step that gives " + (givesResults ? "results" : "states")
                        + " cannot run " + call + " in mode " + call.mode());
            }
        }
        if (givesResults && mayEmitEarly) {
            throw new IllegalArgumentException("a step that gives results must see every row of a group");
        }
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(child);
    }

    @Override
    public PhysicalPlan withNewChildren(List<PhysicalPlan> children) {
        return new HashAggregateExec(grouping, calls, results, givesResults, mayEmitEarly, children.get(0));
    }

    /**
     * A step that must see every row of a group ({@code !mayEmitEarly}) needs its input clustered by the grouping
     * (every row in one partition without grouping); a partial step takes any input.
     */
    @Override
    public List<Distribution> requiredChildDistribution() {
        if (mayEmitEarly) {
            return List.of(Distribution.UNSPECIFIED);
        }
        return List.of(Distributions.clustering(grouping));
    }

    public List<AttributeReference> groupingAttributes() {
        return grouping.stream().map(NamedExpression::toAttribute).toList();
    }

    @Override
    public List<AttributeReference> output() {
        if (givesResults) {
            return results.stream().map(NamedExpression::toAttribute).toList();
        }
        List<AttributeReference> output = new ArrayList<>(groupingAttributes());
        for (AggregateCall call : calls) {
            output.addAll(call.states());
        }
        return output;
    }

    /** The child's partitioning when the output still has its columns (it keeps rows where they were). */
    @Override
    public Partitioning outputPartitioning() {
        Partitioning partitioning = child.outputPartitioning();
        if (partitioning instanceof Partitioning.Hash hash) {
            List<AttributeReference> output = output();
            for (Expression expression : hash.expressions()) {
                if (!(expression instanceof AttributeReference attribute)
                        || output.stream().noneMatch(attribute::sameColumn)) {
                    return Partitioning.UNKNOWN;
                }
            }
        }
        return partitioning;
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        BaseRDD<ColumnBatch> input = child.execute(context);
        AggregationSpec spec = bind();
        Rivulet rivulet = context.rivulet();
        SqlConf conf = context.conf();
        return Operators.mapPartitions(
                context,
                this,
                input,
                (task, partition, batches) ->
                        new HashAggregation(spec, TaskResources.of(rivulet, conf, task, partition), batches));
    }

    /** The node bound to the child's columns. */
    AggregationSpec bind() {
        Binder binder = new Binder(child.output());
        List<Expression> keys = binder.bindAll(grouping);
        List<DataType> keyTypes = grouping.stream().map(Expression::dataType).toList();
        List<AggregateFunction> functions = new ArrayList<>();
        List<List<Expression>> arguments = new ArrayList<>();
        List<int[]> stateOrdinals = new ArrayList<>();
        List<AttributeReference> input = child.output();
        for (AggregateCall call : calls) {
            functions.add(call.function());
            if (call.mode().readsStates()) {
                arguments.add(null);
                stateOrdinals.add(ordinals(call.states(), input));
            } else {
                arguments.add(binder.bindAll(call.function().children()));
                stateOrdinals.add(null);
            }
        }
        List<Expression> boundResults = List.of();
        if (givesResults) {
            List<AttributeReference> layout = new ArrayList<>(groupingAttributes());
            calls.forEach(call -> layout.add(call.result()));
            boundResults = new Binder(layout).bindAll(results);
        }
        return new AggregationSpec(
                keys, keyTypes, functions, arguments, stateOrdinals, givesResults, boundResults, mayEmitEarly);
    }

    private static int[] ordinals(List<AttributeReference> attributes, List<AttributeReference> input) {
        int[] ordinals = new int[attributes.size()];
        for (int i = 0; i < ordinals.length; i++) {
            AttributeReference attribute = attributes.get(i);
            ordinals[i] = -1;
            for (int j = 0; j < input.size(); j++) {
                if (input.get(j).sameColumn(attribute)) {
                    ordinals[i] = j;
                    break;
                }
            }
            if (ordinals[i] < 0) {
                throw new IllegalStateException("cannot find the state column " + attribute + " in " + input);
            }
        }
        return ordinals;
    }

    @Override
    public String nodeString() {
        return "HashAggregate(keys=" + list(grouping) + ", functions=" + list(calls) + ", output=" + list(output())
                + ")";
    }

    private static String list(List<?> items) {
        return items.stream().map(Object::toString).collect(Collectors.joining(", ", "[", "]"));
    }
}
