package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** {@code startswith(left, right)}: whether the string {@code left} starts with {@code right}. */
public record StartsWith(Expression left, Expression right) implements StringPredicate {
    public StartsWith {
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
    }

    @Override
    public String name() {
        return "startswith";
    }

    @Override
    public boolean test(byte[] s, int so, int sl, byte[] p, int po, int pl) {
        return StringPredicate.startsWith(s, so, sl, p, po, pl);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new StartsWith(children.get(0), children.get(1));
    }

    @Override
    public String toString() {
        return SqlText.callPlan("startswith", children());
    }
}
