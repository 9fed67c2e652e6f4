package io.rivulet.sql.expr;

import java.util.List;

/** {@code *} (all columns) or {@code t.*} (those of relation or struct {@code t}), expanded by the analyzer. */
public record UnresolvedStar(List<String> target) implements Unresolved {
    public UnresolvedStar {
        target = List.copyOf(target);
    }

    public static final UnresolvedStar ALL = new UnresolvedStar(List.of());

    @Override
    public List<Expression> children() {
        return List.of();
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return this;
    }

    @Override
    public String sql() {
        return target.isEmpty() ? "*" : String.join(".", target) + ".*";
    }

    @Override
    public String toString() {
        return sql();
    }
}
