package io.rivulet.sql.plan;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.SortOrder;
import java.util.List;

/**
 * {@code ORDER BY order} when {@code global} (a total order across partitions: {@code orderBy}), or within each
 * partition only ({@code sortWithinPartitions}, SQL's {@code SORT BY}).
 */
public record Sort(List<SortOrder> order, boolean global, LogicalPlan child) implements UnaryNode {
    public Sort {
        order = List.copyOf(order);
        requireNonNull(child, "child is null");
    }

    @Override
    public LogicalPlan withChild(LogicalPlan newChild) {
        return new Sort(order, global, newChild);
    }

    @Override
    public List<AttributeReference> output() {
        return child.output();
    }

    @Override
    public List<Expression> expressions() {
        return List.copyOf(order);
    }

    @Override
    public LogicalPlan withNewExpressions(List<Expression> expressions) {
        return new Sort(Plans.cast(expressions, 0, expressions.size()), global, child);
    }

    @Override
    public Statistics statistics() {
        return child.statistics();
    }

    @Override
    public String nodeString() {
        return (resolved() ? "" : "'") + "Sort " + Plans.list(order) + ", " + global;
    }
}
