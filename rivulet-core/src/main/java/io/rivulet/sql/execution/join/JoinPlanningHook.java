package io.rivulet.sql.execution.join;

import io.rivulet.sql.execution.JoinPlanning;
import io.rivulet.sql.execution.PhysicalPlan;
import io.rivulet.sql.execution.PlannerContext;
import io.rivulet.sql.plan.Join;

/**
 * The planner's hook for joins ({@link JoinPlanning#IMPLEMENTATION}): {@link JoinSelection} picks the operator;
 * the shuffled joins state their distributions and orderings, and {@code EnsureRequirements} adds the exchanges
 * and sorts.
 */
public final class JoinPlanningHook implements JoinPlanning {
    @Override
    public PhysicalPlan plan(Join node, PhysicalPlan left, PhysicalPlan right, PlannerContext context) {
        return JoinSelection.plan(node, left, right, context.conf(), context.shufflePartitions());
    }
}
