package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.session.SqlConf;
import io.rivulet.sql.session.SqlSession;
import java.util.List;
import java.util.Optional;

/**
 * What strategies and planning hooks see while one plan is planned: the session and its settings, the hooks for
 * aggregations and joins, and {@link #plan} to plan a child with every strategy.
 */
public final class PlannerContext {
    private final SqlSession session;
    private final List<Strategy> strategies;
    private final AggregatePlanning aggregatePlanning;
    private final JoinPlanning joinPlanning;
    private final FilterTranslation filterTranslation;

    PlannerContext(
            SqlSession session,
            List<Strategy> strategies,
            AggregatePlanning aggregatePlanning,
            JoinPlanning joinPlanning,
            FilterTranslation filterTranslation) {
        this.session = requireNonNull(session, "session is null");
        this.strategies = List.copyOf(strategies);
        this.aggregatePlanning = requireNonNull(aggregatePlanning, "aggregatePlanning is null");
        this.joinPlanning = requireNonNull(joinPlanning, "joinPlanning is null");
        this.filterTranslation = requireNonNull(filterTranslation, "filterTranslation is null");
    }

    public SqlSession session() {
        return session;
    }

    public SqlConf conf() {
        return session.conf();
    }

    /** {@code rivulet.sql.shuffle.partitions}: the partitions of the exchanges of aggregations and joins. */
    public int shufflePartitions() {
        return Math.max(1, session.conf().shufflePartitions());
    }

    public AggregatePlanning aggregatePlanning() {
        return aggregatePlanning;
    }

    public JoinPlanning joinPlanning() {
        return joinPlanning;
    }

    FilterTranslation filterTranslation() {
        return filterTranslation;
    }

    /**
     * {@code child}'s rows redistributed by {@code partitioning} ({@link ShuffleExchangeExec}): for planners that
     * place their exchanges themselves rather than stating requirements. One hash function for every exchange, so
     * two sides hashed on keys of equal types meet in equal partitions.
     */
    public PhysicalPlan exchange(PhysicalPlan child, Partitioning partitioning) {
        return new ShuffleExchangeExec(partitioning, child);
    }

    /** The operators of {@code plan}: the first strategy that knows its root node plans it. */
    public PhysicalPlan plan(LogicalPlan plan) {
        for (Strategy strategy : strategies) {
            Optional<PhysicalPlan> planned = strategy.apply(plan, this);
            if (planned.isPresent()) {
                return planned.get();
            }
        }
        throw new IllegalStateException("no strategy plans " + plan.nodeString() + " (the optimizer should have "
                + "rewritten it):\n" + plan.treeString());
    }
}
