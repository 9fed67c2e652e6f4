package io.rivulet.sql.plan;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import java.util.List;

/**
 * {@code INTERSECT} or {@code EXCEPT} ({@code all}: keeping duplicates, as many as both sides have, or as many
 * more as the left has), matched by position, nulls equal to nulls as in SQL set operations. The optimizer
 * rewrites them into joins and aggregations, as Spark does.
 */
public record SetOperation(Kind kind, boolean all, LogicalPlan left, LogicalPlan right) implements LogicalPlan {
    /** Which set operation. */
    public enum Kind {
        INTERSECT,
        EXCEPT
    }

    public SetOperation {
        requireNonNull(kind, "kind is null");
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
    }

    @Override
    public List<LogicalPlan> children() {
        return List.of(left, right);
    }

    @Override
    public LogicalPlan withNewChildren(List<LogicalPlan> children) {
        return new SetOperation(kind, all, children.get(0), children.get(1));
    }

    @Override
    public List<AttributeReference> output() {
        return left.output();
    }

    @Override
    public List<Expression> expressions() {
        return List.of();
    }

    @Override
    public LogicalPlan withNewExpressions(List<Expression> expressions) {
        return this;
    }

    @Override
    public String nodeString() {
        return (kind == Kind.INTERSECT ? "Intersect" : "Except") + (all ? " All" : "") + " " + all;
    }
}
