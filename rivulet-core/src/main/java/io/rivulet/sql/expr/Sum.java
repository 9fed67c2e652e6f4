package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.DoubleType;
import io.rivulet.sql.types.FloatType;
import io.rivulet.sql.vector.Types;
import java.util.List;
import java.util.Optional;

/**
 * {@code sum(v)} (and {@code sum(DISTINCT v)}, {@code try_sum(v)} in TRY mode): integers add up to a bigint (ANSI:
 * {@code [ARITHMETIC_OVERFLOW]} on overflow; TRY: null; LEGACY: wraps around), floats and doubles to a double, a
 * {@code decimal(p, s)} to a {@code decimal(min(38, p + 10), s)} (overflow: an error in ANSI mode, else null). Null
 * for a group without non-null values. State: the sum and whether the group is still empty (Spark's buffer).
 */
public record Sum(Expression child, boolean distinct, EvalMode evalMode) implements AggregateFunction {
    public Sum {
        requireNonNull(child, "child is null");
        requireNonNull(evalMode, "evalMode is null");
    }

    public Sum(Expression child) {
        this(child, false, EvalMode.ANSI);
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new Sum(children.get(0), distinct, evalMode);
    }

    /** The type of the sum of values of {@code type}. */
    static DataType sumType(DataType type) {
        if (type instanceof DecimalType d) {
            return TypeWidening.bounded(d.precision() + 10, d.scale());
        } else if (type instanceof DoubleType || type instanceof FloatType) {
            return DataTypes.DoubleType;
        }
        return DataTypes.LongType;
    }

    @Override
    public DataType dataType() {
        return sumType(child.dataType());
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public Optional<String> checkInputTypes() {
        return Types.isNumeric(child.dataType())
                ? Optional.empty()
                : TypeChecks.unexpectedInput(
                        this, 0, "(\"NUMERIC\" or \"INTERVAL DAY TO SECOND\" or \"INTERVAL YEAR TO MONTH\")", child);
    }

    @Override
    public List<DataType> stateTypes() {
        return distinct ? DistinctState.stateTypes(children()) : List.of(dataType(), DataTypes.BooleanType);
    }

    @Override
    public GroupedState newState() {
        if (distinct) {
            return new DistinctState(new Sum(child, false, evalMode), children());
        }
        return new SumState(dataType(), evalMode, this, false);
    }

    private String name() {
        return evalMode == EvalMode.TRY ? "try_sum" : "sum";
    }

    @Override
    public String sql() {
        return AggregateSql.call(name(), distinct, children(), false);
    }

    @Override
    public String toString() {
        return AggregateSql.call(name(), distinct, children(), true);
    }
}
