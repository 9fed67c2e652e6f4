package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** {@code left + right}; {@code try_add} in TRY mode. See {@link BinaryArithmetic}. */
public record Add(Expression left, Expression right, EvalMode evalMode) implements BinaryArithmetic {
    public Add {
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
        requireNonNull(evalMode, "evalMode is null");
    }

    /** In ANSI mode. */
    public Add(Expression left, Expression right) {
        this(left, right, EvalMode.ANSI);
    }

    @Override
    public ArithmeticOp op() {
        return ArithmeticOp.ADD;
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == left && children.get(1) == right
                ? this
                : new Add(children.get(0), children.get(1), evalMode);
    }

    @Override
    public String toString() {
        return Arithmetic.sql(this, Object::toString);
    }
}
