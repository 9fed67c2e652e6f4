package io.rivulet.sql.execution.aggregate;

import io.rivulet.sql.execution.Partitioning;
import io.rivulet.sql.execution.PhysicalPlan;
import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.session.SqlConf;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The physical plan of a logical {@link Aggregate}, as Spark's {@code AggUtils}: the planner calls {@link #plan}
 * with the aggregate and its planned child.
 *
 * <ul>
 *   <li>Two-phase: a partial {@link HashAggregateExec} per input partition, an exchange hashing the grouping
 *       keys into {@code rivulet.sql.shuffle.partitions} partitions (a single partition without grouping), then
 *       the final step. One complete step when the child's partitioning already keeps equal keys together.
 *   <li>Distinct aggregates ({@code count(DISTINCT x)}, one set of distinct arguments, mixed with others or
 *       not), as Spark plans them without an {@code Expand}: partial aggregation on the keys and the distinct
 *       arguments; an exchange on those; merging there, so each (keys, arguments) is one row; a partial step on
 *       the keys that updates the distinct functions from those rows (so each distinct value counts once) and
 *       merges the others; the exchange on the keys; the final step. Memory stays bounded on a hot key: no set
 *       of values is ever held per group.
 *   <li>Distinct aggregates over several sets of arguments through an {@code Expand}, as Spark's
 *       {@code RewriteDistinctAggregates}: {@link ExpandedDistinctPlanner}.
 * </ul>
 *
 * <p>The state of a distinct function is its plain one: {@code count(DISTINCT x)}'s state counts every row it is
 * given, the plan makes the rows distinct.
 */
public final class AggregatePlanner {
    private AggregatePlanner() {}

    /** The plan of {@code aggregate} over {@code child}, the plan of its child. */
    public static PhysicalPlan plan(Aggregate aggregate, PhysicalPlan child, SqlConf conf, Exchanges exchanges) {
        List<NamedExpression> grouping = new ArrayList<>();
        for (Expression expression : aggregate.grouping()) {
            grouping.add(
                    expression instanceof NamedExpression named ? named : Alias.of(expression, "_groupingexpression"));
        }
        List<AggregateFunction> functions = functionsOf(aggregate.aggregates());
        List<AggregateFunction> distinct =
                functions.stream().filter(AggregateFunction::distinct).toList();
        if (distinct.isEmpty()) {
            return twoPhase(aggregate, grouping, functions, child, conf, exchanges);
        }
        if (ExpandedDistinctPlanner.distinctSets(functions).size() > 1) {
            return ExpandedDistinctPlanner.plan(aggregate, grouping, functions, child, conf, exchanges);
        }
        return DistinctAggregatePlanner.plan(aggregate, grouping, functions, child, conf, exchanges);
    }

    private static PhysicalPlan twoPhase(
            Aggregate aggregate,
            List<NamedExpression> grouping,
            List<AggregateFunction> functions,
            PhysicalPlan child,
            SqlConf conf,
            Exchanges exchanges) {
        Map<AggregateFunction, AggregateCall> calls = new LinkedHashMap<>();
        for (AggregateFunction function : functions) {
            calls.put(function, AggregateCall.of(function, AggregateMode.COMPLETE));
        }
        List<NamedExpression> results = rewriteResults(aggregate, grouping, calls);
        if (Distributions.clusteredOn(child.outputPartitioning(), aggregate.grouping())) {
            return new HashAggregateExec(grouping, List.copyOf(calls.values()), results, true, false, child);
        }
        return partialThenFinal(grouping, calls.values(), results, child, conf, exchanges);
    }

    /**
     * A partial step of {@code calls} over {@code input} grouped by {@code grouping}, the exchange on the grouping
     * columns, and the final step giving {@code results}.
     */
    static PhysicalPlan partialThenFinal(
            List<NamedExpression> grouping,
            Iterable<AggregateCall> calls,
            List<NamedExpression> results,
            PhysicalPlan input,
            SqlConf conf,
            Exchanges exchanges) {
        List<AttributeReference> groupingAttributes =
                grouping.stream().map(NamedExpression::toAttribute).toList();
        PhysicalPlan partial =
                new HashAggregateExec(grouping, withMode(calls, AggregateMode.PARTIAL), List.of(), false, true, input);
        PhysicalPlan exchanged = exchanges.exchange(partial, partitioningOn(groupingAttributes, conf));
        return new HashAggregateExec(
                List.copyOf(groupingAttributes), withMode(calls, AggregateMode.FINAL), results, true, false, exchanged);
    }

    /** A hash partitioning on {@code keys}, or a single partition when there are none. */
    static Partitioning partitioningOn(List<? extends Expression> keys, SqlConf conf) {
        if (keys.isEmpty()) {
            return new Partitioning.Single();
        }
        return new Partitioning.Hash(List.copyOf(keys), Math.max(1, conf.shufflePartitions()));
    }

    static List<AggregateCall> withMode(Iterable<AggregateCall> calls, AggregateMode mode) {
        List<AggregateCall> result = new ArrayList<>();
        for (AggregateCall call : calls) {
            result.add(call.withMode(mode));
        }
        return result;
    }

    /** The aggregate functions of the output expressions, each once, in the order met. */
    static List<AggregateFunction> functionsOf(List<NamedExpression> aggregates) {
        Set<AggregateFunction> found = new LinkedHashSet<>();
        for (NamedExpression expression : aggregates) {
            collectFunctions(expression, found);
        }
        return List.copyOf(found);
    }

    private static void collectFunctions(Expression expression, Set<AggregateFunction> found) {
        if (expression instanceof AggregateFunction function) {
            found.add(function);
            return;
        }
        for (Expression child : expression.children()) {
            collectFunctions(child, found);
        }
    }

    /**
     * The output expressions over the final step's columns: each aggregate function replaced by its call's
     * result attribute, each grouping expression by its attribute.
     */
    static List<NamedExpression> rewriteResults(
            Aggregate aggregate, List<NamedExpression> grouping, Map<AggregateFunction, AggregateCall> calls) {
        return rewriteResults(
                aggregate, grouping, function -> calls.get(function).result());
    }

    /** The output expressions with each aggregate function replaced by what {@code replacement} gives for it. */
    static List<NamedExpression> rewriteResults(
            Aggregate aggregate,
            List<NamedExpression> grouping,
            java.util.function.Function<AggregateFunction, Expression> replacement) {
        List<NamedExpression> results = new ArrayList<>();
        for (NamedExpression expression : aggregate.aggregates()) {
            Expression rewritten = expression.transformDown(node -> {
                if (node instanceof AggregateFunction function) {
                    return replacement.apply(function);
                }
                if (node == expression && node instanceof Alias) {
                    return node; // the output column keeps its own id
                }
                for (int i = 0; i < grouping.size(); i++) {
                    if (Distributions.semanticEquals(node, aggregate.grouping().get(i))) {
                        return grouping.get(i).toAttribute();
                    }
                }
                return node;
            });
            results.add((NamedExpression) rewritten);
        }
        return results;
    }
}
