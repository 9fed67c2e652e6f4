package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** {@code left % right} (also {@code mod}), with the sign of {@code left}; {@code try_mod} in TRY mode. See {@link BinaryArithmetic}. */
public record Remainder(Expression left, Expression right, EvalMode evalMode) implements BinaryArithmetic {
    public Remainder {
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
        requireNonNull(evalMode, "evalMode is null");
    }

    /** In ANSI mode. */
    public Remainder(Expression left, Expression right) {
        this(left, right, EvalMode.ANSI);
    }

    @Override
    public ArithmeticOp op() {
        return ArithmeticOp.REMAINDER;
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == left && children.get(1) == right
                ? this
                : new Remainder(children.get(0), children.get(1), evalMode);
    }

    @Override
    public String toString() {
        return Arithmetic.sql(this, Object::toString);
    }
}
