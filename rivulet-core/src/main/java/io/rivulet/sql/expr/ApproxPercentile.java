package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DateType;
import io.rivulet.sql.types.TimestampNTZType;
import io.rivulet.sql.types.TimestampType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.Types;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * {@code percentile_approx(x, p[, accuracy])} (also {@code approx_percentile}): the smallest value of the group
 * with at least {@code p} of its non-null values at or below it, in the input's type (numbers, dates, timestamps);
 * an array of them for an array of percentages; null for a group without values. Spark answers within a rank error
 * of {@code n / accuracy} from a bounded summary; this state holds the group's values and answers exactly, which
 * is within any accuracy, and is what Spark's summary answers while it still holds every value.
 */
public record ApproxPercentile(Expression child, Expression percentage, Expression accuracy, String name)
        implements AggregateFunction {
    public static final int DEFAULT_ACCURACY = 10_000;

    public ApproxPercentile {
        requireNonNull(child, "child is null");
        requireNonNull(percentage, "percentage is null");
        requireNonNull(accuracy, "accuracy is null");
        requireNonNull(name, "name is null");
    }

    public ApproxPercentile(Expression child, Expression percentage) {
        this(child, percentage, Literal.of(DEFAULT_ACCURACY), "percentile_approx");
    }

    @Override
    public List<Expression> children() {
        return List.of(child, percentage, accuracy);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new ApproxPercentile(children.get(0), children.get(1), children.get(2), name);
    }

    @Override
    public DataType dataType() {
        return percentage.dataType() instanceof ArrayType ? new ArrayType(child.dataType(), false) : child.dataType();
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public Optional<String> checkInputTypes() {
        DataType type = child.dataType();
        if (!(Types.isNumeric(type)
                || type instanceof DateType
                || type instanceof TimestampType
                || type instanceof TimestampNTZType)) {
            return TypeChecks.unexpectedInput(this, 0, "(\"NUMERIC\" or \"DATE\" or \"TIMESTAMP\")", child);
        }
        Optional<String> percentages = Percentages.check(this, percentage);
        if (percentages.isPresent()) {
            return percentages;
        }
        if (!Types.isIntegral(accuracy.dataType())) {
            return TypeChecks.unexpectedInput(this, 2, "\"INT\"", accuracy);
        }
        Optional<String> foldable = TypeChecks.foldable(this, "`accuracy`", "int", accuracy);
        if (foldable.isPresent()) {
            return foldable;
        }
        ColumnVector value =
                accuracy.eval(new ColumnBatch(1, List.of()), EvalContext.forPlanning(ZoneOffset.UTC, true));
        long accuracyValue = value.isNull(0) ? 0 : Vectors.longs(value)[0];
        if (accuracyValue <= 0 || accuracyValue > Integer.MAX_VALUE) {
            return TypeChecks.mismatch(
                    this,
                    "VALUE_OUT_OF_RANGE",
                    "The `accuracy` must be between (0, 2147483647], but got " + accuracyValue + ".");
        }
        return Optional.empty();
    }

    @Override
    public List<DataType> stateTypes() {
        return List.of(PercentileState.STATE_TYPE);
    }

    @Override
    public GroupedState newState() {
        Percentages p = Percentages.of(percentage);
        return new PercentileState(child.dataType(), p.values(), p.array(), false, dataType());
    }

    @Override
    public String sql() {
        return AggregateSql.call(name, false, children(), false);
    }

    @Override
    public String toString() {
        return AggregateSql.call(name, false, children(), true);
    }
}
