package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import java.util.List;

/**
 * {@code last(x[, ignoreNulls])} (also {@code last_value}, named as called): the last value of the group in the order
 * rows come, skipping nulls when {@code ignoreNulls}. Also a window function over a frame ({@code last_value}).
 */
public record Last(Expression child, boolean ignoreNulls, String name) implements AggregateFunction {
    public Last {
        requireNonNull(child, "child is null");
        requireNonNull(name, "name is null");
    }

    public Last(Expression child, boolean ignoreNulls) {
        this(child, ignoreNulls, "last");
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new Last(children.get(0), ignoreNulls, name);
    }

    @Override
    public DataType dataType() {
        return child.dataType();
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public List<DataType> stateTypes() {
        return List.of(child.dataType(), DataTypes.BooleanType);
    }

    @Override
    public GroupedState newState() {
        return new FirstLastState(child.dataType(), false, ignoreNulls);
    }

    @Override
    public String sql() {
        return name + "(" + child.sql() + ")";
    }

    @Override
    public String toString() {
        return name + "(" + child + ")" + (ignoreNulls ? " ignore nulls" : "");
    }
}
