package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** {@code endswith(left, right)}: whether the string {@code left} ends with {@code right}. */
public record EndsWith(Expression left, Expression right) implements StringPredicate {
    public EndsWith {
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
    }

    @Override
    public String name() {
        return "endswith";
    }

    @Override
    public boolean test(byte[] s, int so, int sl, byte[] p, int po, int pl) {
        return StringPredicate.endsWith(s, so, sl, p, po, pl);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new EndsWith(children.get(0), children.get(1));
    }

    @Override
    public String toString() {
        return SqlText.callPlan("endswith", children());
    }
}
