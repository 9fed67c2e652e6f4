package io.rivulet.sql.plan;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import java.util.List;
import java.util.OptionalLong;

/** The first {@code limit} rows of the child (in its order, if it has one); {@code offset} rows skipped before them. */
public record Limit(long limit, long offset, LogicalPlan child) implements UnaryNode {
    public Limit {
        if (limit < 0) {
            throw new IllegalArgumentException(
                    "The limit expression must be equal to or greater than 0, but got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException(
                    "The offset expression must be equal to or greater than 0, but got " + offset);
        }
        requireNonNull(child, "child is null");
    }

    public static Limit of(long limit, LogicalPlan child) {
        return new Limit(limit, 0, child);
    }

    @Override
    public LogicalPlan withChild(LogicalPlan newChild) {
        return new Limit(limit, offset, newChild);
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
        Statistics input = child.statistics();
        OptionalLong rows = input.rowCount().isPresent()
                ? OptionalLong.of(Math.min(limit, Math.max(0, input.rowCount().getAsLong() - offset)))
                : OptionalLong.of(limit);
        return new Statistics(input.sizeInBytes(), rows);
    }

    @Override
    public String nodeString() {
        return "Limit " + limit + (offset == 0 ? "" : ", offset " + offset);
    }
}
