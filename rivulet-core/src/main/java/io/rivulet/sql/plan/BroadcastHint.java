package io.rivulet.sql.plan;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import java.util.List;

/** {@code functions.broadcast(df)}: the user asks that joins broadcast this side; the optimizer moves it into the join. */
public record BroadcastHint(LogicalPlan child) implements UnaryNode {
    public BroadcastHint {
        requireNonNull(child, "child is null");
    }

    @Override
    public LogicalPlan withChild(LogicalPlan newChild) {
        return new BroadcastHint(newChild);
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
        return "ResolvedHint (strategy=broadcast)";
    }
}
