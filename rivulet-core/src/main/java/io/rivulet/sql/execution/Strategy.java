package io.rivulet.sql.execution;

import io.rivulet.sql.plan.LogicalPlan;
import java.util.Optional;

/**
 * One way of planning some logical nodes (Spark's {@code SparkStrategy}): the operators for {@code plan} when the
 * strategy knows the node, planning the children through {@link PlannerContext#plan}; empty otherwise, and the
 * planner asks the next strategy. One class per strategy, listed in {@link Planner#STRATEGIES}.
 */
@FunctionalInterface
public interface Strategy {
    Optional<PhysicalPlan> apply(LogicalPlan plan, PlannerContext context);
}
