package io.rivulet.sql.plan;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import java.util.List;

/**
 * The first {@code limit} rows of each partition of the child, as Spark's {@code LocalLimit}: what the optimizer
 * puts under a union or on the outer side of an outer join below a {@link Limit} (which still caps the total),
 * so that fewer rows reach it. Planned as a per-partition take, without an exchange.
 */
public record LocalLimit(long limit, LogicalPlan child) implements UnaryNode {
    public LocalLimit {
        if (limit < 0) {
            throw new IllegalArgumentException(
                    "The limit expression must be equal to or greater than 0, but got " + limit);
        }
        requireNonNull(child, "child is null");
    }

    @Override
    public LogicalPlan withChild(LogicalPlan newChild) {
        return new LocalLimit(limit, newChild);
    }

    @Override
    public List<AttributeReference> output() {
        return child.output();
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
    public Statistics statistics() {
        return child.statistics();
    }

    @Override
    public String nodeString() {
        return "LocalLimit " + limit;
    }
}
