package io.rivulet.sql.plan;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import java.util.List;

/** {@code WHERE condition}: the child's rows for which the condition is true (not false, not null). */
public record Filter(Expression condition, LogicalPlan child) implements UnaryNode {
    public Filter {
        requireNonNull(condition, "condition is null");
        requireNonNull(child, "child is null");
    }

    @Override
    public LogicalPlan withChild(LogicalPlan newChild) {
        return new Filter(condition, newChild);
    }

    @Override
    public List<AttributeReference> output() {
        return child.output();
    }

    @Override
    public List<Expression> expressions() {
        return List.of(condition);
    }

    @Override
    public LogicalPlan withNewExpressions(List<Expression> expressions) {
        return new Filter(expressions.get(0), child);
    }

    @Override
    public Statistics statistics() {
        return child.statistics();
    }

    @Override
    public String nodeString() {
        return (resolved() ? "" : "'") + "Filter " + condition;
    }
}
