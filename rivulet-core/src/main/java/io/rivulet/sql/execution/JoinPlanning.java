package io.rivulet.sql.execution;

import io.rivulet.sql.plan.Join;

/**
 * How the planner plans a join: the hook the join operators ({@code execution.join}) plug into. The planner has
 * planned both sides already; the implementation chooses the strategy (broadcast hash join under
 * {@code rivulet.sql.autoBroadcastJoinThreshold} by {@code node.left().statistics()} and the hint, else a shuffled
 * hash or sort-merge join, a nested loop without equality keys) and returns its operators. A shuffled join states
 * {@link Distribution.HashClustered} on each side's keys (and a sort-merge join its
 * {@linkplain PhysicalPlan#requiredChildOrdering ordering}); {@link EnsureRequirements} inserts the exchanges,
 * with the same partition count on both sides, and the sorts, after planning.
 *
 * <p>Found by {@link Planner} as the class {@value #IMPLEMENTATION} (public, with a public no-argument
 * constructor, implementing this interface) when there is one; until then joins cannot be planned. A join planner
 * may also place its exchanges itself with {@link PlannerContext#exchange}.
 */
@FunctionalInterface
public interface JoinPlanning {
    /** The class the planner uses when it exists. */
    String IMPLEMENTATION = "io.rivulet.sql.execution.join.JoinPlanningHook";

    /** The operators computing {@code node} from {@code left} and {@code right}, the sides' plans. */
    PhysicalPlan plan(Join node, PhysicalPlan left, PhysicalPlan right, PlannerContext context);
}
