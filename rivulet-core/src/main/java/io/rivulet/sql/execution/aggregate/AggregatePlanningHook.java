package io.rivulet.sql.execution.aggregate;

import io.rivulet.sql.execution.AggregatePlanning;
import io.rivulet.sql.execution.PhysicalPlan;
import io.rivulet.sql.execution.PlannerContext;
import io.rivulet.sql.execution.ShuffleExchangeExec;
import io.rivulet.sql.plan.Aggregate;

/** The planner's hook for aggregations ({@link AggregatePlanning#IMPLEMENTATION}): {@link AggregatePlanner}. */
public final class AggregatePlanningHook implements AggregatePlanning {
    /** The planner's exchange operator, which {@code EnsureRequirements} also inserts. */
    static final Exchanges EXCHANGES = (child, partitioning) -> new ShuffleExchangeExec(partitioning, child);

    @Override
    public PhysicalPlan plan(Aggregate node, PhysicalPlan child, PlannerContext context) {
        return AggregatePlanner.plan(node, child, context.conf(), EXCHANGES);
    }
}
