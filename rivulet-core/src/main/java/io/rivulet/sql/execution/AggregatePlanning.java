package io.rivulet.sql.execution;

import io.rivulet.sql.plan.Aggregate;

/**
 * How the planner plans an aggregation: the hook the aggregation operators ({@code execution.aggregate}) plug
 * into. The planner has planned the child already; the implementation returns the operators over it, typically a
 * partial aggregation, then a final one that {@linkplain PhysicalPlan#requiredChildDistribution requires} its input
 * {@linkplain Distribution.Clustered clustered} by the grouping keys (or {@link Distribution#ALL_TUPLES} without
 * keys). It never adds exchanges or sorts itself: {@link EnsureRequirements} inserts them after planning, and
 * leaves them out where the child is partitioned that way already.
 *
 * <p>Found by {@link Planner} as the class {@value #IMPLEMENTATION} (public, with a public no-argument
 * constructor, implementing this interface) when there is one; until then aggregations cannot be planned. For an
 * aggregation planner that places its exchanges itself, the hook is a line:
 * {@code return AggregatePlanner.plan(node, child, context.conf(), context::exchange);}.
 */
@FunctionalInterface
public interface AggregatePlanning {
    /** The class the planner uses when it exists. */
    String IMPLEMENTATION = "io.rivulet.sql.execution.aggregate.AggregatePlanningHook";

    /** The operators computing {@code node} over {@code child}, the child's plan. */
    PhysicalPlan plan(Aggregate node, PhysicalPlan child, PlannerContext context);
}
