package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** {@code left <=> right}: true when both are null, false when one is, never null. See {@link BinaryComparison}. */
public record EqualNullSafe(Expression left, Expression right) implements BinaryComparison {
    public EqualNullSafe {
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
    }

    @Override
    public ComparisonOp op() {
        return ComparisonOp.NULL_SAFE_EQUAL;
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == left && children.get(1) == right
                ? this
                : new EqualNullSafe(children.get(0), children.get(1));
    }

    @Override
    public String toString() {
        return "(" + left + " " + op().symbol() + " " + right + ")";
    }
}
