package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;
import java.util.Optional;

/**
 * {@code CAST(child AS dataType)}; {@code try_cast} when {@code evalMode} is {@link EvalMode#TRY}. The analyzer
 * also inserts casts where types must meet (an int added to a long is cast to a long first). Which casts are allowed
 * is {@link CastRules}'; evaluation is {@link CastEval}'s (whole vectors, ANSI errors naming the value).
 */
public record Cast(Expression child, DataType dataType, EvalMode evalMode) implements MayRaise {
    public Cast {
        requireNonNull(child, "child is null");
        requireNonNull(dataType, "dataType is null");
        requireNonNull(evalMode, "evalMode is null");
    }

    /** An ANSI cast. */
    public Cast(Expression child, DataType dataType) {
        this(child, dataType, EvalMode.ANSI);
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == child ? this : new Cast(children.get(0), dataType, evalMode);
    }

    /** In ANSI mode a value that does not fit raises rather than becoming null. */
    @Override
    public boolean nullable() {
        return child.nullable() || (evalMode != EvalMode.ANSI && CastRules.mayGiveNull(child.dataType(), dataType));
    }

    @Override
    public boolean mayRaise() {
        return evalMode == EvalMode.ANSI && CastRules.mayGiveNull(child.dataType(), dataType);
    }

    @Override
    public Optional<String> checkInputTypes() {
        return CastRules.check(this);
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        return CastEval.cast(
                child.eval(batch, context), dataType, new CastEval.Context(evalMode, context.timeZone(), this));
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
