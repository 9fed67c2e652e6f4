package io.rivulet.sql.plan;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import java.util.List;

/**
 * {@code GROUP BY grouping} with {@code aggregates} as the output: each aggregate is a grouping expression or
 * an expression over aggregate functions ({@code sum(x) / count(x) AS r}). No grouping: one row, even over no
 * input ({@code count} 0, {@code sum} null), as SQL requires.
 */
public record Aggregate(List<Expression> grouping, List<NamedExpression> aggregates, LogicalPlan child)
        implements UnaryNode {
    public Aggregate {
        grouping = List.copyOf(grouping);
        aggregates = List.copyOf(aggregates);
        requireNonNull(child, "child is null");
    }

    @Override
    public LogicalPlan withChild(LogicalPlan newChild) {
        return new Aggregate(grouping, aggregates, newChild);
    }

    @Override
    public List<AttributeReference> output() {
        return aggregates.stream().map(NamedExpression::toAttribute).toList();
    }

    @Override
    public List<Expression> expressions() {
        return Plans.concat(grouping, aggregates);
    }

    @Override
    public LogicalPlan withNewExpressions(List<Expression> expressions) {
        return new Aggregate(
                expressions.subList(0, grouping.size()),
                Plans.cast(expressions, grouping.size(), expressions.size()),
                child);
    }

    @Override
    public String nodeString() {
        return (resolved() ? "" : "'") + "Aggregate " + Plans.list(grouping) + ", " + Plans.list(aggregates);
    }
}
