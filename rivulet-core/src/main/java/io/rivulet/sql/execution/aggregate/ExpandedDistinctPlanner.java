package io.rivulet.sql.execution.aggregate;

import io.rivulet.sql.execution.ExpandExec;
import io.rivulet.sql.execution.PhysicalPlan;
import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Average;
import io.rivulet.sql.expr.Coalesce;
import io.rivulet.sql.expr.Count;
import io.rivulet.sql.expr.EqualTo;
import io.rivulet.sql.expr.ExprId;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.First;
import io.rivulet.sql.expr.If;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.Sum;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.session.SqlConf;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnVector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregation with distinct aggregates over several sets of arguments ({@code count(DISTINCT a), count(DISTINCT
 * b)}), as Spark's {@code RewriteDistinctAggregates}: an {@link ExpandExec} gives each input row once per set,
 * tagged {@code gid = i} and carrying only that set's arguments (and once more, {@code gid = 0}, with the columns
 * of the other aggregates); a first aggregation on the keys, the tag and every argument column makes each
 * (keys, set, values) one row and computes the other aggregates in the {@code gid = 0} group; a second one on the
 * keys applies each distinct function to its own set's rows ({@code count(if(gid = 1, a, null))}) and takes the
 * others' results from the {@code gid = 0} row ({@code first(if(gid = 0, r, null), true)}, with {@code count}'s
 * 0 where a group had no rows). Memory stays bounded on a hot key, as with one set.
 */
final class ExpandedDistinctPlanner {
    private ExpandedDistinctPlanner() {}

    /** The sets of distinct arguments of {@code functions}, each once, in the order met. */
    static List<List<Expression>> distinctSets(List<AggregateFunction> functions) {
        List<List<Expression>> sets = new ArrayList<>();
        for (AggregateFunction function : functions) {
            if (function.distinct() && indexOfSet(sets, function.children()) < 0) {
                sets.add(function.children().stream().distinct().toList());
            }
        }
        return sets;
    }

    static PhysicalPlan plan(
            Aggregate aggregate,
            List<NamedExpression> grouping,
            List<AggregateFunction> functions,
            PhysicalPlan child,
            SqlConf conf,
            Exchanges exchanges) {
        List<List<Expression>> sets = distinctSets(functions);
        List<AggregateFunction> regular =
                functions.stream().filter(f -> !f.distinct()).toList();

        List<AttributeReference> keys =
                grouping.stream().map(NamedExpression::toAttribute).toList();
        AttributeReference gid = AttributeReference.of("gid", DataTypes.IntegerType, false);
        List<List<AttributeReference>> setColumns = setColumns(sets);
        Map<ExprId, AttributeReference> regularColumns = regularColumns(regular, child);

        List<AttributeReference> output = new ArrayList<>(keys);
        output.add(gid);
        setColumns.forEach(output::addAll);
        output.addAll(regularColumns.values());
        PhysicalPlan expanded = new ExpandExec(
                projections(grouping, sets, setColumns, child.output(), regularColumns, !regular.isEmpty()),
                output,
                child);

        List<AttributeReference> firstKeys = new ArrayList<>(keys);
        firstKeys.add(gid);
        setColumns.forEach(firstKeys::addAll);
        Map<AggregateFunction, AggregateCall> firstCalls = new LinkedHashMap<>();
        for (AggregateFunction function : regular) {
            AggregateFunction onColumns = (AggregateFunction) function.transformDown(
                    node -> node instanceof AttributeReference a && regularColumns.containsKey(a.exprId())
                            ? regularColumns.get(a.exprId())
                            : node);
            firstCalls.put(function, AggregateCall.of(onColumns, AggregateMode.COMPLETE));
        }
        List<NamedExpression> firstResults = new ArrayList<>(firstKeys);
        firstCalls.values().forEach(call -> firstResults.add(call.result()));
        PhysicalPlan first = AggregatePlanner.partialThenFinal(
                List.copyOf(firstKeys), firstCalls.values(), firstResults, expanded, conf, exchanges);

        Map<AggregateFunction, AggregateCall> secondCalls = new LinkedHashMap<>();
        Map<AggregateFunction, Expression> replacements = new HashMap<>();
        for (AggregateFunction function : functions) {
            AggregateFunction second;
            if (function.distinct()) {
                int set = indexOfSet(sets, function.children());
                List<Expression> arguments = new ArrayList<>();
                for (Expression argument : function.children()) {
                    AttributeReference column = setColumns.get(set).get(indexOf(sets.get(set), argument));
                    arguments.add(withinGroup(gid, set + 1, column));
                }
                second = plain(function, arguments);
            } else {
                second = new First(withinGroup(gid, 0, firstCalls.get(function).result()), true);
            }
            AggregateCall call = AggregateCall.of(second, AggregateMode.COMPLETE);
            secondCalls.put(function, call);
            replacements.put(function, withDefault(function, call.result()));
        }
        List<NamedExpression> results = AggregatePlanner.rewriteResults(aggregate, grouping, replacements::get);
        return AggregatePlanner.partialThenFinal(
                List.copyOf(keys), secondCalls.values(), results, first, conf, exchanges);
    }

    /** New columns for the arguments of each set, nullable: a row of another set holds nulls there. */
    private static List<List<AttributeReference>> setColumns(List<List<Expression>> sets) {
        List<List<AttributeReference>> setColumns = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            List<AttributeReference> columns = new ArrayList<>();
            for (int j = 0; j < sets.get(i).size(); j++) {
                columns.add(AttributeReference.of(
                        "_distinct" + (i + 1) + "_" + j, sets.get(i).get(j).dataType(), true));
            }
            setColumns.add(columns);
        }
        return setColumns;
    }

    /** New columns for the input columns the other aggregates read (null in the rows of the distinct sets). */
    private static Map<ExprId, AttributeReference> regularColumns(List<AggregateFunction> regular, PhysicalPlan child) {
        java.util.Set<ExprId> read = new java.util.HashSet<>();
        regular.forEach(f -> f.references().forEach(a -> read.add(a.exprId())));
        Map<ExprId, AttributeReference> columns = new LinkedHashMap<>();
        for (AttributeReference input : child.output()) {
            if (read.contains(input.exprId())) {
                columns.put(input.exprId(), AttributeReference.of(input.name(), input.dataType(), true));
            }
        }
        return columns;
    }

    private static List<List<Expression>> projections(
            List<NamedExpression> grouping,
            List<List<Expression>> sets,
            List<List<AttributeReference>> setColumns,
            List<AttributeReference> input,
            Map<ExprId, AttributeReference> regularColumns,
            boolean withRegular) {
        List<Expression> keyValues = grouping.stream()
                .map(key -> key instanceof Alias alias ? alias.child() : (Expression) key)
                .toList();
        List<List<Expression>> projections = new ArrayList<>();
        int first = withRegular ? 0 : 1;
        for (int g = first; g <= sets.size(); g++) {
            List<Expression> row = new ArrayList<>(keyValues);
            row.add(Literal.of(g));
            for (int i = 0; i < sets.size(); i++) {
                for (int j = 0; j < sets.get(i).size(); j++) {
                    row.add(
                            i + 1 == g
                                    ? sets.get(i).get(j)
                                    : Literal.ofNull(setColumns.get(i).get(j).dataType()));
                }
            }
            for (AttributeReference column : input) {
                if (regularColumns.containsKey(column.exprId())) {
                    row.add(g == 0 ? column : Literal.ofNull(column.dataType()));
                }
            }
            projections.add(row);
        }
        return projections;
    }

    /** {@code if(gid = group, value, null)}. */
    private static Expression withinGroup(AttributeReference gid, int group, Expression value) {
        return new If(new EqualTo(gid, Literal.of(group)), value, Literal.ofNull(value.dataType()));
    }

    /** The function without DISTINCT over new arguments: the plan has made its rows distinct. */
    private static AggregateFunction plain(AggregateFunction function, List<Expression> arguments) {
        if (function instanceof Count) {
            return new Count(arguments, false);
        } else if (function instanceof Sum sum) {
            return new Sum(arguments.get(0), false, sum.evalMode());
        } else if (function instanceof Average average) {
            return new Average(arguments.get(0), false, average.evalMode(), average.name());
        }
        throw new IllegalStateException("no plain form of " + function);
    }

    /**
     * The result of a function that is not null over no rows ({@code count}: 0) where the {@code gid = 0} row is
     * missing, as without grouping over an empty input.
     */
    private static Expression withDefault(AggregateFunction function, AttributeReference result) {
        if (function.distinct() || function.nullable()) {
            return result;
        }
        AggregateFunction.GroupedState empty = function.newState();
        empty.ensureGroups(1);
        ColumnVector value = empty.results(1);
        if (value.isNull(0)) {
            return result;
        }
        return new Coalesce(List.of(result, new Literal(value.getInternal(0), function.dataType())));
    }

    private static int indexOfSet(List<List<Expression>> sets, List<Expression> arguments) {
        List<Expression> canonical =
                arguments.stream().map(Distributions::canonical).distinct().toList();
        for (int i = 0; i < sets.size(); i++) {
            List<Expression> set = sets.get(i).stream()
                    .map(Distributions::canonical)
                    .distinct()
                    .toList();
            if (set.size() == canonical.size() && set.containsAll(canonical)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(List<Expression> set, Expression argument) {
        for (int i = 0; i < set.size(); i++) {
            if (Distributions.semanticEquals(set.get(i), argument)) {
                return i;
            }
        }
        throw new IllegalStateException(argument + " is not in the distinct set " + set);
    }
}
