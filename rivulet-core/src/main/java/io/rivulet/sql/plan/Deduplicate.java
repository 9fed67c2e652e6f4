package io.rivulet.sql.plan;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import java.util.List;

/** {@code dropDuplicates(keys)}: one row (the first met) per distinct value of {@code keys}, all columns kept. */
public record Deduplicate(List<Expression> keys, LogicalPlan child) implements UnaryNode {
    public Deduplicate {
        keys = List.copyOf(keys);
        requireNonNull(child, "child is null");
    }

    @Override
    public LogicalPlan withChild(LogicalPlan newChild) {
        return new Deduplicate(keys, newChild);
    }

    @Override
    public List<AttributeReference> output() {
        return child.output();
    }

    @Override
    public List<Expression> expressions() {
        return keys;
    }

    @Override
    public LogicalPlan withNewExpressions(List<Expression> expressions) {
        return new Deduplicate(expressions, child);
    }

    @Override
    public String nodeString() {
        return (resolved() ? "" : "'") + "Deduplicate " + Plans.list(keys);
    }
}
