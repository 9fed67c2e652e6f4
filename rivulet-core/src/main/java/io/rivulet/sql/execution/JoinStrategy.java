package io.rivulet.sql.execution;

import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.Optional;

/** Plans joins through the {@link JoinPlanning} hook, both sides planned first. */
final class JoinStrategy implements Strategy {
    @Override
    public Optional<PhysicalPlan> apply(LogicalPlan plan, PlannerContext context) {
        if (!(plan instanceof Join join)) {
            return Optional.empty();
        }
        PhysicalPlan left = context.plan(join.left());
        PhysicalPlan right = context.plan(join.right());
        return Optional.of(context.joinPlanning().plan(join, left, right, context));
    }
}
