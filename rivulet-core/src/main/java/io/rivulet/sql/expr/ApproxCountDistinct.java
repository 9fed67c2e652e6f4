package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import java.util.List;
import java.util.Optional;

/**
 * {@code approx_count_distinct(x[, rsd])}: an estimate of the distinct non-null values by HyperLogLog++ ({@link
 * HyperLogLogPlusPlus}) with relative standard deviation {@code rsd} (Spark's default 0.05). A bigint, 0 for none.
 */
public record ApproxCountDistinct(Expression child, double relativeSd) implements AggregateFunction {
    public static final double DEFAULT_RSD = 0.05;

    public ApproxCountDistinct {
        requireNonNull(child, "child is null");
    }

    public ApproxCountDistinct(Expression child) {
        this(child, DEFAULT_RSD);
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new ApproxCountDistinct(children.get(0), relativeSd);
    }

    @Override
    public DataType dataType() {
        return DataTypes.LongType;
    }

    @Override
    public boolean nullable() {
        return false;
    }

    @Override
    public Optional<String> checkInputTypes() {
        if (HyperLogLogPlusPlus.precision(relativeSd) < 4) {
            return TypeChecks.mismatch(
                    this,
                    "VALUE_OUT_OF_RANGE",
                    "The `relativeSD` must be at most 0.39" + " (current value = " + relativeSd + ").");
        }
        return Optional.empty();
    }

    @Override
    public List<DataType> stateTypes() {
        return List.of(DataTypes.BinaryType);
    }

    @Override
    public GroupedState newState() {
        return new HyperLogLogPlusPlus(relativeSd);
    }

    @Override
    public String sql() {
        return relativeSd == DEFAULT_RSD
                ? "approx_count_distinct(" + child.sql() + ")"
                : "approx_count_distinct(" + child.sql() + ", " + relativeSd + ")";
    }

    @Override
    public String toString() {
        return "approx_count_distinct(" + child + ")";
    }
}
