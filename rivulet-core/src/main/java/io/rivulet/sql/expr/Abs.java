package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;
import java.util.Optional;

/** {@code abs(child)}: the absolute value of the minimum integer overflows (ANSI: an error). */
public record Abs(Expression child, EvalMode evalMode) implements MayRaise {
    public Abs {
        requireNonNull(child, "child is null");
        requireNonNull(evalMode, "evalMode is null");
    }

    public Abs(Expression child) {
        this(child, EvalMode.ANSI);
    }

    @Override
    public boolean mayRaise() {
        return evalMode == EvalMode.ANSI;
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == child ? this : new Abs(children.get(0), evalMode);
    }

    @Override
    public DataType dataType() {
        return child.dataType();
    }

    @Override
    public boolean nullable() {
        return child.nullable() || evalMode == EvalMode.TRY;
    }

    @Override
    public Optional<String> checkInputTypes() {
        return UnaryArithmetic.checkNumeric(this, child);
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        return UnaryArithmetic.eval(this, child.eval(batch, context), evalMode, true);
    }

    @Override
    public String sql() {
        return "abs(" + child.sql() + ")";
    }

    @Override
    public String toString() {
        return "abs(" + child + ")";
    }
}
