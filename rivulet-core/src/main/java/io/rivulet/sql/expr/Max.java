package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import java.util.List;
import java.util.Optional;

/** {@code max(x)}: the greatest non-null value of any orderable type (NaN above every number); null for no values. */
public record Max(Expression child) implements AggregateFunction {
    public Max {
        requireNonNull(child, "child is null");
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new Max(children.get(0));
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
    public Optional<String> checkInputTypes() {
        return TypeChecks.orderable(this, "max", child.dataType());
    }

    @Override
    public List<DataType> stateTypes() {
        return List.of(child.dataType());
    }

    @Override
    public GroupedState newState() {
        return new ExtremeState(child.dataType(), true);
    }

    @Override
    public String sql() {
        return "max(" + child.sql() + ")";
    }

    @Override
    public String toString() {
        return "max(" + child + ")";
    }
}
