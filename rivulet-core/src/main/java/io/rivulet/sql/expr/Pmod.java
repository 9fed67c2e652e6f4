package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** {@code pmod(left, right)}: the remainder made positive. See {@link BinaryArithmetic}. */
public record Pmod(Expression left, Expression right, EvalMode evalMode) implements BinaryArithmetic {
    public Pmod {
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
        requireNonNull(evalMode, "evalMode is null");
    }

    /** In ANSI mode. */
    public Pmod(Expression left, Expression right) {
        this(left, right, EvalMode.ANSI);
    }

    @Override
    public ArithmeticOp op() {
        return ArithmeticOp.PMOD;
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == left && children.get(1) == right
                ? this
                : new Pmod(children.get(0), children.get(1), evalMode);
    }

    @Override
    public String toString() {
        return Arithmetic.sql(this, Object::toString);
    }
}
