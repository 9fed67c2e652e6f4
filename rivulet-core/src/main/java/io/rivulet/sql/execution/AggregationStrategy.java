package io.rivulet.sql.execution;

import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Distinct;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.List;
import java.util.Optional;

/**
 * Plans aggregations through the {@link AggregatePlanning} hook; a {@code Distinct} the optimizer left (it
 * rewrites them, as Spark's {@code ReplaceDistinctWithAggregate}) as the aggregation grouping by every column.
 */
final class AggregationStrategy implements Strategy {
    @Override
    public Optional<PhysicalPlan> apply(LogicalPlan plan, PlannerContext context) {
        Aggregate aggregate;
        if (plan instanceof Aggregate a) {
            aggregate = a;
        } else if (plan instanceof Distinct distinct) {
            List<Expression> keys = List.copyOf(distinct.child().output());
            List<NamedExpression> output = List.copyOf(distinct.child().output());
            aggregate = new Aggregate(keys, output, distinct.child());
        } else {
            return Optional.empty();
        }
        PhysicalPlan child = context.plan(aggregate.child());
        return Optional.of(context.aggregatePlanning().plan(aggregate, child, context));
    }
}
