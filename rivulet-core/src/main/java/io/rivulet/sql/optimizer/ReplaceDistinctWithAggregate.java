package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Distinct;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.List;
import java.util.Optional;

/** Replaces {@code DISTINCT} by an aggregation grouping by every column, which the planner knows how to run. */
public final class ReplaceDistinctWithAggregate implements Rule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (plan instanceof Distinct distinct) {
            List<Expression> grouping = List.copyOf(distinct.child().output());
            List<NamedExpression> aggregates = List.copyOf(distinct.child().output());
            return Optional.of(new Aggregate(grouping, aggregates, distinct.child()));
        }
        return Optional.empty();
    }
}
