package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** {@code left < right}. See {@link BinaryComparison}. */
public record LessThan(Expression left, Expression right) implements BinaryComparison {
    public LessThan {
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
    }

    @Override
    public ComparisonOp op() {
        return ComparisonOp.LESS;
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == left && children.get(1) == right
                ? this
                : new LessThan(children.get(0), children.get(1));
    }

    @Override
    public String toString() {
        return "(" + left + " " + op().symbol() + " " + right + ")";
    }
}
