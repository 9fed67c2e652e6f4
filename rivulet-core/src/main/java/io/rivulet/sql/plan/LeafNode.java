package io.rivulet.sql.plan;

import io.rivulet.sql.expr.Expression;
import java.util.List;

/** A plan with no children: a source of rows. */
public interface LeafNode extends LogicalPlan {
    @Override
    default List<LogicalPlan> children() {
        return List.of();
    }

    @Override
    default LogicalPlan withNewChildren(List<LogicalPlan> children) {
        if (!children.isEmpty()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " has no children: " + children);
        }
        return this;
    }

    @Override
    default List<Expression> expressions() {
        return List.of();
    }

    @Override
    default LogicalPlan withNewExpressions(List<Expression> expressions) {
        return this;
    }
}
