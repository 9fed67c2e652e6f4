package io.rivulet.sql;

import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.ApproxPercentile;
import io.rivulet.sql.expr.EqualNullSafe;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.First;
import io.rivulet.sql.expr.If;
import io.rivulet.sql.expr.Last;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.Percentile;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.session.Frames;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code groupBy(..).pivot(column, values).agg(..)}: one output column per pivot value and aggregate, as Spark's
 * {@code ResolvePivot} writes it without its {@code PivotFirst} shortcut: each aggregate function reads only the
 * rows of its value ({@code sum(if(p <=> v, x, null))}; {@code first} and {@code last} ignore the nulls that this
 * makes). Columns are named by the value, or {@code value_aggregate} for several aggregates.
 */
final class Pivot {
    /** Spark's {@code spark.sql.pivotMaxValues}. */
    static final int MAX_VALUES = 10_000;

    private Pivot() {}

    /** The distinct values of {@code column}, sorted (nulls first), as Spark finds them when none are given. */
    static List<Object> values(DataFrame frame, Column column) {
        List<Row> rows = frame.select(column)
                .distinct()
                .orderBy(column.asc_nulls_first())
                .limit(MAX_VALUES + 1)
                .collectAsList();
        if (rows.size() > MAX_VALUES) {
            throw new AnalysisException(
                    "_LEGACY_ERROR_TEMP_1325",
                    "The pivot column " + column + " has more than " + MAX_VALUES + " distinct values, this could"
                            + " indicate an error. If this was intended, give the values to pivot(column, values).");
        }
        List<Object> values = new ArrayList<>();
        rows.forEach(row -> values.add(row.get(0)));
        return values;
    }

    static DataFrame aggregate(
            DataFrame frame, List<Expression> grouping, Expression pivot, List<Object> values, List<Expression> aggs) {
        List<Expression> keysAndPivot = new ArrayList<>(grouping);
        keysAndPivot.add(pivot);
        // analysed once as a plain aggregation, so that the aggregates are resolved where the rewrite needs them
        Aggregate resolved = RelationalGroupedDataset.resolvedAggregate(frame, keysAndPivot, aggs);
        int keys = grouping.size();
        Expression pivotColumn = resolved.grouping().get(keys);
        List<NamedExpression> aggregates =
                resolved.aggregates().subList(keys + 1, resolved.aggregates().size());
        List<NamedExpression> output = new ArrayList<>(resolved.aggregates().subList(0, keys));
        for (Object value : values) {
            Expression matches = new EqualNullSafe(pivotColumn, Literal.of(value));
            for (NamedExpression aggregate : aggregates) {
                Expression body = aggregate instanceof Alias alias ? alias.child() : aggregate;
                String name = String.valueOf(value) + (aggregates.size() == 1 ? "" : "_" + aggregate.name());
                output.add(Alias.of(onlyMatching(body, matches), name));
            }
        }
        return Frames.frame(
                Frames.session(frame), new Aggregate(resolved.grouping().subList(0, keys), output, resolved.child()));
    }

    /** The aggregate functions of {@code expression} over the rows {@code matches} selects. */
    private static Expression onlyMatching(Expression expression, Expression matches) {
        return expression.transformUp(node -> {
            if (node instanceof First first) {
                return new First(within(first.child(), matches), true, first.name());
            } else if (node instanceof Last last) {
                return new Last(within(last.child(), matches), true, last.name());
            } else if (node instanceof AggregateFunction function) {
                // a percentile's percentage and accuracy are parameters, not values: they stay constants
                int values = function instanceof ApproxPercentile || function instanceof Percentile
                        ? 1
                        : function.children().size();
                List<Expression> children = new ArrayList<>(function.children());
                for (int i = 0; i < values; i++) {
                    children.set(i, within(children.get(i), matches));
                }
                return function.withNewChildren(children);
            }
            return node;
        });
    }

    private static Expression within(Expression value, Expression matches) {
        return new If(matches, value, Literal.ofNull(value.dataType()));
    }
}
