package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import java.util.List;
import java.util.Optional;

/** {@code min(x)}: the least non-null value of any orderable type (NaN above every number); null for no values. */
public record Min(Expression child) implements AggregateFunction {
    public Min {
        requireNonNull(child, "child is null");
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new Min(children.get(0));
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
        return TypeChecks.orderable(this, "min", child.dataType());
    }

    @Override
    public List<DataType> stateTypes() {
        return List.of(child.dataType());
    }

    @Override
    public GroupedState newState() {
        return new ExtremeState(child.dataType(), false);
    }

    @Override
    public String sql() {
        return "min(" + child.sql() + ")";
    }

    @Override
    public String toString() {
        return "min(" + child + ")";
    }
}
