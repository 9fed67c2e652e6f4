package io.rivulet.sql;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.UnresolvedAttribute;
import io.rivulet.sql.expr.UnresolvedFunction;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.session.Frames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of a DataFrame grouped by some expressions ({@code df.groupBy(...)}), waiting for the aggregates to
 * compute, as Spark's {@code RelationalGroupedDataset}. The result has the grouping columns first, then one
 * column per aggregate.
 */
public final class RelationalGroupedDataset {
    private final DataFrame frame;
    private final List<Expression> grouping;
    private final List<List<Boolean>> groupingSets;
    private final Column pivotColumn;
    private final List<Object> pivotValues;

    RelationalGroupedDataset(DataFrame frame, List<Expression> grouping) {
        this(frame, grouping, null, null, null);
    }

    /** {@code rollup} or {@code cube}: the aggregation of each grouping set, {@code true} where it groups a key. */
    RelationalGroupedDataset(DataFrame frame, List<Expression> grouping, List<List<Boolean>> groupingSets) {
        this(frame, grouping, groupingSets, null, null);
    }

    private RelationalGroupedDataset(
            DataFrame frame,
            List<Expression> grouping,
            List<List<Boolean>> groupingSets,
            Column pivotColumn,
            List<Object> pivotValues) {
        this.frame = requireNonNull(frame, "frame is null");
        this.grouping = List.copyOf(grouping);
        this.groupingSets = groupingSets;
        this.pivotColumn = pivotColumn;
        this.pivotValues =
                pivotValues == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(pivotValues));
    }

    /**
     * Pivots on {@code column}: each of its distinct values (found by a job now, sorted, at most 10,000) becomes
     * a column of every aggregate, as Spark's {@code pivot}.
     */
    public RelationalGroupedDataset pivot(String column) {
        return pivot(frame.col(requireNonNull(column, "column is null")));
    }

    /** Pivots on {@code column}'s given values (null included if given), in their order. */
    public RelationalGroupedDataset pivot(String column, List<Object> values) {
        return pivot(frame.col(requireNonNull(column, "column is null")), values);
    }

    public RelationalGroupedDataset pivot(Column column) {
        requireNonNull(column, "column is null");
        return pivot(column, Pivot.values(frame, column));
    }

    public RelationalGroupedDataset pivot(Column column, List<Object> values) {
        requireNonNull(column, "column is null");
        requireNonNull(values, "values is null");
        if (pivotColumn != null || groupingSets != null) {
            throw new UnsupportedOperationException("pivot is only supported after groupBy, once");
        }
        return new RelationalGroupedDataset(frame, grouping, null, column, values);
    }

    /** The grouping columns and {@code aggregates} ({@code sum(col("v")).as("total")}, ...). */
    public DataFrame agg(Column aggregate, Column... aggregates) {
        List<Expression> all = new ArrayList<>();
        all.add(Frames.expression(requireNonNull(aggregate, "aggregate is null")));
        for (Column column : aggregates) {
            all.add(Frames.expression(requireNonNull(column, "aggregate is null")));
        }
        return aggregate(all);
    }

    /** Aggregates named by function for each column, as Spark's {@code agg(Map)}: {@code {"v": "max"}}. */
    public DataFrame agg(Map<String, String> aggregates) {
        List<Expression> all = new ArrayList<>();
        aggregates.forEach((column, function) -> all.add(call(function, column)));
        return aggregate(all);
    }

    /** The number of rows of each group, in a column {@code count}. */
    public DataFrame count() {
        return aggregate(List.of(Alias.of(UnresolvedFunction.of("count", Literal.of(1)), "count")));
    }

    public DataFrame sum(String... columns) {
        return each("sum", columns);
    }

    public DataFrame avg(String... columns) {
        return each("avg", columns);
    }

    public DataFrame mean(String... columns) {
        return each("avg", columns);
    }

    public DataFrame min(String... columns) {
        return each("min", columns);
    }

    public DataFrame max(String... columns) {
        return each("max", columns);
    }

    private DataFrame each(String function, String... columns) {
        List<Expression> all = new ArrayList<>();
        for (String column : columns) {
            all.add(call(function, column));
        }
        return aggregate(all);
    }

    private static Expression call(String function, String column) {
        String name = function.toLowerCase(Locale.ROOT);
        Expression argument = column.equals("*") ? Literal.of(1) : UnresolvedAttribute.quoted(column);
        return UnresolvedFunction.of(name.equals("mean") ? "avg" : name, argument);
    }

    private DataFrame aggregate(List<Expression> aggregates) {
        if (groupingSets != null) {
            return GroupingSets.aggregate(frame, grouping, groupingSets, aggregates);
        }
        if (pivotColumn != null) {
            return Pivot.aggregate(frame, grouping, Frames.expression(pivotColumn), pivotValues, aggregates);
        }
        return Frames.frame(Frames.session(frame), plainAggregate(frame, grouping, aggregates));
    }

    /** The aggregation node over {@code frame}: the grouping columns, then the aggregates, named. */
    static Aggregate plainAggregate(DataFrame frame, List<Expression> grouping, List<Expression> aggregates) {
        List<NamedExpression> output = new ArrayList<>();
        for (Expression key : grouping) {
            output.add(DataFrame.named(key));
        }
        for (Expression aggregate : aggregates) {
            output.add(DataFrame.named(aggregate));
        }
        return new Aggregate(grouping, output, Frames.plan(frame));
    }

    /** {@link #plainAggregate} analysed: its expressions resolved, for the rewrites of pivot and grouping sets. */
    static Aggregate resolvedAggregate(DataFrame frame, List<Expression> grouping, List<Expression> aggregates) {
        return (Aggregate)
                Frames.plan(Frames.frame(Frames.session(frame), plainAggregate(frame, grouping, aggregates)));
    }
}
