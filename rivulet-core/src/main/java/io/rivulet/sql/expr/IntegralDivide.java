package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** {@code left div right}: the quotient truncated, a bigint (operands bigint or decimal). See {@link BinaryArithmetic}. */
public record IntegralDivide(Expression left, Expression right, EvalMode evalMode) implements BinaryArithmetic {
    public IntegralDivide {
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
        requireNonNull(evalMode, "evalMode is null");
    }

    /** In ANSI mode. */
    public IntegralDivide(Expression left, Expression right) {
        this(left, right, EvalMode.ANSI);
    }

    @Override
    public ArithmeticOp op() {
        return ArithmeticOp.INTEGRAL_DIVIDE;
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == left && children.get(1) == right
                ? this
                : new IntegralDivide(children.get(0), children.get(1), evalMode);
    }

    @Override
    public String toString() {
        return Arithmetic.sql(this, Object::toString);
    }
}
