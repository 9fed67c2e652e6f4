package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** {@code left * right}; {@code try_multiply} in TRY mode. See {@link BinaryArithmetic}. */
public record Multiply(Expression left, Expression right, EvalMode evalMode) implements BinaryArithmetic {
    public Multiply {
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
        requireNonNull(evalMode, "evalMode is null");
    }

    /** In ANSI mode. */
    public Multiply(Expression left, Expression right) {
        this(left, right, EvalMode.ANSI);
    }

    @Override
    public ArithmeticOp op() {
        return ArithmeticOp.MULTIPLY;
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == left && children.get(1) == right
                ? this
                : new Multiply(children.get(0), children.get(1), evalMode);
    }

    @Override
    public String toString() {
        return Arithmetic.sql(this, Object::toString);
    }
}
