package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import java.util.List;

/** {@code stddev_samp(x)}: the sample standard deviation (also {@code stddev}, {@code std}, named as called), a double; see {@link MomentState} for the state and the null rules. */
public record StddevSamp(Expression child, String name) implements AggregateFunction, ImplicitCastInputTypes {
    public StddevSamp {
        requireNonNull(child, "child is null");
        requireNonNull(name, "name is null");
    }

    public StddevSamp(Expression child) {
        this(child, "stddev_samp");
    }

    @Override
    public List<ExpectedType> inputTypes() {
        return List.of(ExpectedType.DOUBLE);
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new StddevSamp(children.get(0), name);
    }

    @Override
    public DataType dataType() {
        return DataTypes.DoubleType;
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public boolean foldable() {
        return false;
    }

    @Override
    public List<DataType> stateTypes() {
        return List.of(DataTypes.DoubleType, DataTypes.DoubleType, DataTypes.DoubleType);
    }

    @Override
    public GroupedState newState() {
        return new MomentState(MomentState.Kind.STDDEV_SAMP);
    }

    @Override
    public String sql() {
        return name + "(" + child.sql() + ")";
    }

    @Override
    public String toString() {
        return name + "(" + child + ")";
    }
}
