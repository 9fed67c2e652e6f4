package io.rivulet.sql;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.GroupingCall;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.UnresolvedFunction;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Union;
import io.rivulet.sql.session.Frames;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rollup} and {@code cube}: the aggregation once per grouping set, the columns a set does not group null in
 * its rows, {@code grouping()} and {@code grouping_id()} the set's constants; the sets' rows unioned. Spark computes
 * the sets in one pass through an {@code Expand}; here each set is its own aggregation of the input, so the input
 * is read once per set (cache it when it is costly).
 */
final class GroupingSets {
    private GroupingSets() {}

    /** {@code ROLLUP(a, b, c)}: (a, b, c), (a, b), (a), (). */
    static List<List<Boolean>> rollup(int columns) {
        List<List<Boolean>> sets = new ArrayList<>();
        for (int grouped = columns; grouped >= 0; grouped--) {
            List<Boolean> set = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                set.add(c < grouped);
            }
            sets.add(set);
        }
        return sets;
    }

    /** {@code CUBE(a, b)}: (a, b), (a), (b), (), in Spark's order. */
    static List<List<Boolean>> cube(int columns) {
        List<List<Boolean>> sets = new ArrayList<>();
        for (int mask = (1 << columns) - 1; mask >= 0; mask--) {
            List<Boolean> set = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                set.add((mask & (1 << (columns - 1 - c))) != 0);
            }
            sets.add(set);
        }
        return sets;
    }

    static DataFrame aggregate(
            DataFrame frame, List<Expression> grouping, List<List<Boolean>> sets, List<Expression> aggregates) {
        List<Expression> permitted = new ArrayList<>();
        aggregates.forEach(agg -> permitted.add(permitGroupingCalls(agg)));
        // analysed once as a plain aggregation: the branches are made of its resolved expressions
        Aggregate resolved = RelationalGroupedDataset.resolvedAggregate(frame, grouping, permitted);
        List<Expression> keys = resolved.grouping();
        List<NamedExpression> keyColumns = resolved.aggregates().subList(0, keys.size());
        List<NamedExpression> values =
                resolved.aggregates().subList(keys.size(), resolved.aggregates().size());
        List<LogicalPlan> branches = new ArrayList<>();
        for (List<Boolean> set : sets) {
            List<Expression> setKeys = new ArrayList<>();
            List<NamedExpression> output = new ArrayList<>();
            for (int k = 0; k < keys.size(); k++) {
                if (set.get(k)) {
                    setKeys.add(keys.get(k));
                    output.add(keyColumns.get(k));
                } else {
                    output.add(Alias.of(
                            Literal.ofNull(keys.get(k).dataType()),
                            keyColumns.get(k).name()));
                }
            }
            for (NamedExpression value : values) {
                output.add((NamedExpression) value.transformUp(node ->
                        node instanceof GroupingCall call ? call.valueFor(groupedFlags(call, keys, set)) : node));
            }
            branches.add(new Aggregate(setKeys, output, resolved.child()));
        }
        return Frames.frame(Frames.session(frame), new Union(branches, false, false));
    }

    /** {@code grouping(..)} and {@code grouping_id(..)} as calls the analyzer accepts here. */
    private static Expression permitGroupingCalls(Expression aggregate) {
        return aggregate.transformUp(node -> {
            if (node instanceof UnresolvedFunction f && !f.distinct()) {
                String name = f.name().toLowerCase(java.util.Locale.ROOT);
                if (name.equals("grouping") || name.equals("grouping_id")) {
                    return new GroupingCall(f.arguments(), name.equals("grouping_id"), true);
                }
            }
            return node;
        });
    }

    /** Whether each column of {@code call} is grouped in {@code set} ({@code grouping_id()}: every key's). */
    private static List<Boolean> groupedFlags(GroupingCall call, List<Expression> keys, List<Boolean> set) {
        if (call.children().isEmpty()) {
            return set;
        }
        List<Boolean> flags = new ArrayList<>();
        for (Expression column : call.children()) {
            int k = keys.indexOf(column);
            if (k < 0) {
                throw new AnalysisException(
                        "GROUPING_COLUMN_MISMATCH",
                        "Column of grouping (" + column.sql() + ") can't be found in grouping columns "
                                + keys.stream().map(Expression::sql).toList() + ".");
            }
            flags.add(set.get(k));
        }
        return flags;
    }
}
