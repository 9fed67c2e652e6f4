package io.rivulet.sql.execution.aggregate;

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
import java.util.List;
import java.util.Map;

/**
 * Plans aggregation with distinct aggregates of one set of distinct arguments (Spark's
 * {@code planAggregateWithOneDistinct}); see {@link AggregatePlanner}. With keys {@code K}, distinct arguments
 * {@code D}, other functions {@code F} and distinct ones {@code G}:
 *
 * <pre>
 * final:   keys K,     F final,         G final          (results)
 * exchange on K
 * partial: keys K,     F partial merge, G partial        (G over the distinct rows: each value once)
 * merge:   keys K + D, F partial merge                    (complete: one row per (K, D))
 * exchange on K + D
 * partial: keys K + D, F partial
 * </pre>
 */
final class DistinctAggregatePlanner {
    private DistinctAggregatePlanner() {}

    static PhysicalPlan plan(
            Aggregate aggregate,
            List<NamedExpression> grouping,
            List<AggregateFunction> functions,
            PhysicalPlan child,
            SqlConf conf,
            Exchanges exchanges) {
        List<Expression> distinctArguments = distinctArguments(functions);
        List<NamedExpression> distinctNamed = new ArrayList<>();
        for (int i = 0; i < distinctArguments.size(); i++) {
            Expression argument = distinctArguments.get(i);
            distinctNamed.add(
                    argument instanceof AttributeReference attribute ? attribute : Alias.of(argument, "_distinct" + i));
        }
        List<AttributeReference> keys =
                grouping.stream().map(NamedExpression::toAttribute).toList();
        List<AttributeReference> distinctAttributes =
                distinctNamed.stream().map(NamedExpression::toAttribute).toList();
        List<AttributeReference> keysAndDistinct = new ArrayList<>(keys);
        keysAndDistinct.addAll(distinctAttributes);

        Map<AggregateFunction, AggregateCall> calls = calls(functions, distinctArguments, distinctAttributes);
        List<AggregateCall> others = calls.values().stream()
                .filter(call -> !call.function().distinct())
                .toList();
        List<AggregateCall> distinct = calls.values().stream()
                .filter(call -> call.function().distinct())
                .toList();
        List<NamedExpression> firstGrouping = new ArrayList<>(grouping);
        firstGrouping.addAll(distinctNamed);
        List<Expression> firstKeys = new ArrayList<>(aggregate.grouping());
        firstKeys.addAll(distinctArguments);

        PhysicalPlan merged;
        if (Distributions.clusteredOn(child.outputPartitioning(), firstKeys)) {
            merged = new HashAggregateExec(firstGrouping, others, List.of(), false, false, child);
        } else {
            PhysicalPlan first = new HashAggregateExec(firstGrouping, others, List.of(), false, true, child);
            PhysicalPlan exchanged = exchanges.exchange(first, AggregatePlanner.partitioningOn(keysAndDistinct, conf));
            merged = new HashAggregateExec(
                    List.copyOf(keysAndDistinct),
                    AggregatePlanner.withMode(others, AggregateMode.PARTIAL_MERGE),
                    List.of(),
                    false,
                    false,
                    exchanged);
        }
        List<AggregateCall> partialCalls =
                new ArrayList<>(AggregatePlanner.withMode(others, AggregateMode.PARTIAL_MERGE));
        partialCalls.addAll(distinct);
        PhysicalPlan partial = new HashAggregateExec(List.copyOf(keys), partialCalls, List.of(), false, true, merged);
        PhysicalPlan exchanged = exchanges.exchange(partial, AggregatePlanner.partitioningOn(keys, conf));
        List<AggregateCall> finalCalls = new ArrayList<>();
        for (AggregateCall call : calls.values()) {
            finalCalls.add(call.withMode(AggregateMode.FINAL));
        }
        // The calls' order in the final step is the order of `calls`, which the results are bound to.
        List<NamedExpression> results = AggregatePlanner.rewriteResults(aggregate, grouping, calls);
        return new HashAggregateExec(List.copyOf(keys), finalCalls, results, true, false, exchanged);
    }

    /** Each function's partial call; a distinct one's over the distinct attributes. */
    private static Map<AggregateFunction, AggregateCall> calls(
            List<AggregateFunction> functions,
            List<Expression> distinctArguments,
            List<AttributeReference> distinctAttributes) {
        Map<AggregateFunction, AggregateCall> calls = new LinkedHashMap<>();
        for (AggregateFunction function : functions) {
            AggregateFunction called = function;
            if (function.distinct()) {
                called = (AggregateFunction) function.withNewChildren(function.children().stream()
                        .map(c -> (Expression) distinctAttributes.get(indexOf(distinctArguments, c)))
                        .toList());
            }
            calls.put(function, AggregateCall.of(called, AggregateMode.PARTIAL));
        }
        return calls;
    }

    /** The one set of distinct arguments, in the order of the first distinct function's. */
    private static List<Expression> distinctArguments(List<AggregateFunction> functions) {
        List<Expression> arguments = null;
        for (AggregateFunction function : functions) {
            if (!function.distinct()) {
                continue;
            }
            List<Expression> canonical = function.children().stream()
                    .map(Distributions::canonical)
                    .distinct()
                    .toList();
            if (arguments == null) {
                arguments = function.children().stream().distinct().toList();
            } else if (!sameSet(arguments, canonical)) {
                throw new UnsupportedOperationException("distinct aggregates over different arguments in one"
                        + " aggregation are not supported yet: " + functions);
            }
        }
        return arguments;
    }

    private static boolean sameSet(List<Expression> arguments, List<Expression> canonical) {
        List<Expression> mine =
                arguments.stream().map(Distributions::canonical).distinct().toList();
        return mine.size() == canonical.size() && mine.containsAll(canonical);
    }

    private static int indexOf(List<Expression> arguments, Expression argument) {
        for (int i = 0; i < arguments.size(); i++) {
            if (Distributions.semanticEquals(arguments.get(i), argument)) {
                return i;
            }
        }
        throw new IllegalStateException(argument + " is not among the distinct arguments " + arguments);
    }
}
