package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A selected expression without a name yet: the analyzer names it after its resolved form, as Spark does
 * ({@code col("a").plus(1)} becomes the column {@code (a + 1)}).
 */
public record UnresolvedAlias(Expression child) implements Unresolved, NamedExpression {
    public UnresolvedAlias {
        requireNonNull(child, "child is null");
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new UnresolvedAlias(children.get(0));
    }

    @Override
    public String name() {
        return child.sql();
    }

    @Override
    public ExprId exprId() {
        throw new IllegalStateException("unresolved: " + sql() + " has no id yet");
    }

    @Override
    public AttributeReference toAttribute() {
        throw new IllegalStateException("unresolved: " + sql() + " is not a column yet");
    }

    @Override
    public String sql() {
        return child.sql();
    }

    @Override
    public String toString() {
        return "unresolvedalias(" + child + ")";
    }
}
