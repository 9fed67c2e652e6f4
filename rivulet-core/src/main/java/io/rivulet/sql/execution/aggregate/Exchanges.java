package io.rivulet.sql.execution.aggregate;

import io.rivulet.sql.execution.Partitioning;
import io.rivulet.sql.execution.PhysicalPlan;

/**
 * What the planner gives the aggregation and join strategies ({@link AggregatePlanner}, {@code
 * join.JoinPlanner}): the exchange operator, so that every exchange of a query is the planner's own (one hash
 * function for all of them: two sides hashed on equal keys meet in equal partitions).
 */
@FunctionalInterface
public interface Exchanges {
    /**
     * {@code child}'s rows redistributed as {@code partitioning} says: {@link Partitioning.Hash} (rows with equal
     * values of the expressions, which are over {@code child}'s output, in the partition their hash names) or
     * {@link Partitioning.Single}. The strategies ask only when {@code child}'s own partitioning does not do
     * already ({@link Distributions}).
     */
    PhysicalPlan exchange(PhysicalPlan child, Partitioning partitioning);
}
