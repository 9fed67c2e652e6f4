package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import java.util.List;

/**
 * {@code first(x[, ignoreNulls])} (also {@code first_value}, named as called): the first value of the group in the order
 * rows come, skipping nulls when {@code ignoreNulls}. Also a window function over a frame ({@code first_value}).
 */
public record First(Expression child, boolean ignoreNulls, String name) implements AggregateFunction {
    public First {
        requireNonNull(child, "child is null");
        requireNonNull(name, "name is null");
    }

    public First(Expression child, boolean ignoreNulls) {
        this(child, ignoreNulls, "first");
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new First(children.get(0), ignoreNulls, name);
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
        return new FirstLastState(child.dataType(), true, ignoreNulls);
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
