package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** {@code left >= right}. See {@link BinaryComparison}. */
public record GreaterThanOrEqual(Expression left, Expression right) implements BinaryComparison {
    public GreaterThanOrEqual {
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
    }

    @Override
    public ComparisonOp op() {
        return ComparisonOp.GREATER_OR_EQUAL;
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == left && children.get(1) == right
                ? this
                : new GreaterThanOrEqual(children.get(0), children.get(1));
    }

    @Override
    public String toString() {
        return "(" + left + " " + op().symbol() + " " + right + ")";
    }
}
