package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.Types;
import java.util.List;
import java.util.Optional;

/**
 * {@code percentile(x, p)} and {@code median(x)}: the exact percentile of a group's non-null numeric values, a
 * double interpolated linearly between the two closest ranks as Spark's {@code Percentile} does ({@code p} a
 * constant in {@code [0, 1]}, or an array of them for an array of percentiles); null for a group without values.
 * It holds every value of a group, as Spark's does.
 */
public record Percentile(Expression child, Expression percentage, String name) implements AggregateFunction {
    public Percentile {
        requireNonNull(child, "child is null");
        requireNonNull(percentage, "percentage is null");
        requireNonNull(name, "name is null");
    }

    public Percentile(Expression child, Expression percentage) {
        this(child, percentage, "percentile");
    }

    /** {@code median(x)}: the 50th percentile. */
    public static Percentile median(Expression child) {
        return new Percentile(child, Literal.of(0.5), "median");
    }

    @Override
    public List<Expression> children() {
        return List.of(child, percentage);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new Percentile(children.get(0), children.get(1), name);
    }

    @Override
    public DataType dataType() {
        return percentage.dataType() instanceof ArrayType
                ? new ArrayType(DataTypes.DoubleType, false)
                : DataTypes.DoubleType;
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public Optional<String> checkInputTypes() {
        if (!Types.isNumeric(child.dataType())) {
            return TypeChecks.unexpectedInput(this, 0, "\"NUMERIC\"", child);
        }
        return Percentages.check(this, percentage);
    }

    @Override
    public List<DataType> stateTypes() {
        return List.of(PercentileState.STATE_TYPE);
    }

    @Override
    public GroupedState newState() {
        Percentages p = Percentages.of(percentage);
        return new PercentileState(child.dataType(), p.values(), p.array(), true, dataType());
    }

    @Override
    public String sql() {
        return name.equals("median")
                ? "median(" + child.sql() + ")"
                : "percentile(" + child.sql() + ", " + percentage.sql() + ", 1)";
    }

    @Override
    public String toString() {
        return name.equals("median") ? "median(" + child + ")" : "percentile(" + child + ", " + percentage + ", 1)";
    }
}
