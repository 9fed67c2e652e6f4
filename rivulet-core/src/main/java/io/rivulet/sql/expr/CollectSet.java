package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import java.util.List;

/** {@code collect_set(x)}: an array of the group's non-null values, once each (SQL equality); empty, never null. */
public record CollectSet(Expression child) implements AggregateFunction {
    public CollectSet {
        requireNonNull(child, "child is null");
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new CollectSet(children.get(0));
    }

    @Override
    public DataType dataType() {
        return new ArrayType(child.dataType(), false);
    }

    @Override
    public boolean nullable() {
        return false;
    }

    @Override
    public List<DataType> stateTypes() {
        return List.of(dataType());
    }

    @Override
    public GroupedState newState() {
        return new CollectState(child.dataType(), true);
    }

    @Override
    public String sql() {
        return "collect_set(" + child.sql() + ")";
    }

    @Override
    public String toString() {
        return "collect_set(" + child + ")";
    }
}
