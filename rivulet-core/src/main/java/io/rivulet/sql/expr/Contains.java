package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** {@code contains(left, right)}: whether the string {@code left} contains {@code right}. */
public record Contains(Expression left, Expression right) implements StringPredicate {
    public Contains {
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
    }

    @Override
    public String name() {
        return "contains";
    }

    @Override
    public boolean test(byte[] s, int so, int sl, byte[] p, int po, int pl) {
        return StringPredicate.contains(s, so, sl, p, po, pl);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new Contains(children.get(0), children.get(1));
    }

    @Override
    public String toString() {
        return SqlText.callPlan("contains", children());
    }
}
