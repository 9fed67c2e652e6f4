package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import java.util.List;

/** {@code stddev_pop(x)}: the population standard deviation, a double; see {@link MomentState} for the state and the null rules. */
public record StddevPop(Expression child, String name) implements AggregateFunction, ImplicitCastInputTypes {
    public StddevPop {
        requireNonNull(child, "child is null");
        requireNonNull(name, "name is null");
    }

    public StddevPop(Expression child) {
        this(child, "stddev_pop");
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
        return new StddevPop(children.get(0), name);
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
        return new MomentState(MomentState.Kind.STDDEV_POP);
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
