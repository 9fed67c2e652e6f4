package io.rivulet.sql.execution;

import io.rivulet.sql.expr.SortOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The pass after planning that makes every operator's input what it requires, as Spark's
 * {@code EnsureRequirements}: bottom up, a child whose {@link PhysicalPlan#outputPartitioning} does not satisfy the
 * operator's {@link PhysicalPlan#requiredChildDistribution} gets an exchange above it (hash by the clustering keys
 * into {@code rivulet.sql.shuffle.partitions} partitions, range by the ordering, or one partition), children that
 * must be hash-partitioned alike (a join's sides) get the same number of partitions, and a child whose
 * {@link PhysicalPlan#outputOrdering} does not begin with the required ordering gets a sort.
 *
 * <p>Then it removes what is redundant ("removal of redundant exchanges and sorts"): an exchange whose child
 * already has its partitioning (a {@code repartition} by the keys an aggregation then needs, done twice), an
 * exchange into one partition of a child that has one, a sort whose child is already ordered that way; and an
 * exchange it would stack on one it inserted itself replaces that one instead. What the user asked for
 * ({@code repartition}) is kept unless it is an exact repeat.
 */
public final class EnsureRequirements {
    private final int shufflePartitions;

    public EnsureRequirements(int shufflePartitions) {
        if (shufflePartitions <= 0) {
            throw new IllegalArgumentException("shufflePartitions must be positive: " + shufflePartitions);
        }
        this.shufflePartitions = shufflePartitions;
    }

    public PhysicalPlan apply(PhysicalPlan plan) {
        List<PhysicalPlan> children = plan.children();
        if (children.isEmpty()) {
            return plan;
        }
        List<PhysicalPlan> rewritten = new ArrayList<>(children.size());
        for (PhysicalPlan child : children) {
            rewritten.add(apply(child));
        }
        rewritten = ensureDistributions(plan, rewritten);
        rewritten = ensureOrderings(plan, rewritten);
        PhysicalPlan result = sameChildren(children, rewritten) ? plan : plan.withNewChildren(rewritten);
        return removeRedundant(result);
    }

    private List<PhysicalPlan> ensureDistributions(PhysicalPlan plan, List<PhysicalPlan> children) {
        List<Distribution> required = plan.requiredChildDistribution();
        List<PhysicalPlan> result = new ArrayList<>(children);
        int coPartitioned = 0;
        int commonPartitions = 0;
        for (int i = 0; i < result.size(); i++) {
            if (required.get(i) instanceof Distribution.HashClustered) {
                coPartitioned++;
                PhysicalPlan child = result.get(i);
                if (child.outputPartitioning().satisfies(required.get(i))) {
                    commonPartitions = Math.max(
                            commonPartitions, child.outputPartitioning().numPartitions());
                }
            }
        }
        if (commonPartitions <= 1 || coPartitioned < 2) {
            commonPartitions = Math.max(commonPartitions, shufflePartitions);
        }
        for (int i = 0; i < result.size(); i++) {
            Distribution distribution = required.get(i);
            PhysicalPlan child = result.get(i);
            boolean satisfied = child.outputPartitioning().satisfies(distribution);
            if (distribution instanceof Distribution.HashClustered && coPartitioned > 1) {
                satisfied &= child.outputPartitioning().numPartitions() == commonPartitions;
            }
            if (!satisfied) {
                result.set(i, exchange(distribution, child, commonPartitions));
            }
        }
        return result;
    }

    private PhysicalPlan exchange(Distribution distribution, PhysicalPlan child, int hashPartitions) {
        PhysicalPlan input = child;
        if (child instanceof ShuffleExchangeExec inserted && !inserted.userSpecified()) {
            input = inserted.child(); // one exchange instead of two
        }
        Partitioning partitioning;
        if (distribution instanceof Distribution.AllTuples) {
            partitioning = new Partitioning.Single();
        } else if (distribution instanceof Distribution.Clustered clustered) {
            partitioning = new Partitioning.Hash(clustered.clustering(), shufflePartitions);
        } else if (distribution instanceof Distribution.HashClustered exact) {
            partitioning = new Partitioning.Hash(exact.expressions(), hashPartitions);
        } else if (distribution instanceof Distribution.Ordered ordered) {
            partitioning = new Partitioning.Range(ordered.ordering(), shufflePartitions);
        } else {
            return child;
        }
        return new ShuffleExchangeExec(partitioning, input);
    }

    private static List<PhysicalPlan> ensureOrderings(PhysicalPlan plan, List<PhysicalPlan> children) {
        List<List<SortOrder>> required = plan.requiredChildOrdering();
        List<PhysicalPlan> result = new ArrayList<>(children);
        for (int i = 0; i < result.size(); i++) {
            List<SortOrder> ordering = required.get(i);
            PhysicalPlan child = result.get(i);
            if (!ordering.isEmpty() && !Canonical.orderingSatisfies(child.outputOrdering(), ordering)) {
                result.set(i, new SortExec(ordering, false, child));
            }
        }
        return result;
    }

    /** The plan without itself when it changes nothing its child does not already give. */
    private static PhysicalPlan removeRedundant(PhysicalPlan plan) {
        if (plan instanceof ShuffleExchangeExec exchange) {
            Partitioning have = exchange.child().outputPartitioning();
            Partitioning want = exchange.partitioning();
            if (want instanceof Partitioning.Single && have.numPartitions() == 1) {
                return exchange.child();
            }
            if (samePartitioning(have, want)) {
                return exchange.child();
            }
        }
        if (plan instanceof SortExec sort) {
            PhysicalPlan child = sort.child();
            boolean distributed = child.outputPartitioning()
                    .satisfies(sort.requiredChildDistribution().get(0));
            if (distributed && Canonical.orderingSatisfies(child.outputOrdering(), sort.order())) {
                return child;
            }
        }
        return plan;
    }

    static boolean samePartitioning(Partitioning a, Partitioning b) {
        if (a.numPartitions() != b.numPartitions()) {
            return false;
        }
        if (a instanceof Partitioning.Hash x && b instanceof Partitioning.Hash y) {
            return Canonical.sameList(x.expressions(), y.expressions());
        }
        if (a instanceof Partitioning.Range x && b instanceof Partitioning.Range y) {
            return Canonical.orderingSatisfies(x.ordering(), y.ordering())
                    && x.ordering().size() == y.ordering().size();
        }
        return a instanceof Partitioning.Single && b instanceof Partitioning.Single;
    }

    private static boolean sameChildren(List<PhysicalPlan> a, List<PhysicalPlan> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
