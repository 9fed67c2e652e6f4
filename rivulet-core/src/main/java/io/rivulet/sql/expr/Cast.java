package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import java.util.List;

/**
 * {@code CAST(child AS dataType)}; {@code try_cast} when {@code evalMode} is {@link EvalMode#TRY}. The analyzer
 * also inserts casts where types must meet (an int added to a long is cast to a long first).
 */
public record Cast(Expression child, DataType dataType, EvalMode evalMode) implements Expression {
    public Cast {
        requireNonNull(child, "child is null");
        requireNonNull(dataType, "dataType is null");
        requireNonNull(evalMode, "evalMode is null");
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == child ? this : new Cast(children.get(0), dataType, evalMode);
    }

    @Override
    public boolean nullable() {
        return evalMode != EvalMode.ANSI || child.nullable() || CastRules.mayGiveNull(child.dataType(), dataType);
    }

    @Override
    public java.util.Optional<String> checkInputTypes() {
        return CastRules.check(this);
    }

    @Override
    public String sql() {
        return (evalMode == EvalMode.TRY ? "TRY_CAST(" : "CAST(") + child.sql() + " AS " + dataType.sql() + ")";
    }

    @Override
    public String toString() {
        return (evalMode == EvalMode.TRY ? "try_cast(" : "cast(") + child + " as " + dataType.simpleString() + ")";
    }
}
