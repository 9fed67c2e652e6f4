package io.rivulet.sql.optimizer;

import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.BroadcastHint;
import io.rivulet.sql.plan.Deduplicate;
import io.rivulet.sql.plan.Distinct;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.Limit;
import io.rivulet.sql.plan.LocalLimit;
import io.rivulet.sql.plan.LocalRelation;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.RangeRelation;
import io.rivulet.sql.plan.Repartition;
import io.rivulet.sql.plan.Sample;
import io.rivulet.sql.plan.SetOperation;
import io.rivulet.sql.plan.Sort;
import io.rivulet.sql.plan.SubqueryAlias;
import io.rivulet.sql.plan.UnaryNode;
import io.rivulet.sql.plan.Union;
import io.rivulet.sql.plan.Window;
import java.math.BigInteger;
import java.util.OptionalLong;

/**
 * An upper bound of the rows a plan gives, when one is known (Spark's {@code maxRows} and
 * {@code maxRowsPerPartition}): exact for local relations and ranges, a limit's count, one for an aggregation
 * without grouping, the child's for the nodes that never add rows.
 */
final class MaxRows {
    private MaxRows() {}

    static OptionalLong of(LogicalPlan plan) {
        if (plan instanceof LocalRelation local) {
            return OptionalLong.of(local.rowCount());
        }
        if (plan instanceof RangeRelation range) {
            return OptionalLong.of(range.count());
        }
        if (plan instanceof Limit limit) {
            OptionalLong child = of(limit.child());
            long rows = child.isPresent() ? Math.max(0, child.getAsLong() - limit.offset()) : Long.MAX_VALUE;
            return OptionalLong.of(Math.min(limit.limit(), rows));
        }
        if (plan instanceof Aggregate aggregate && aggregate.grouping().isEmpty()) {
            return OptionalLong.of(1);
        }
        if (plan instanceof Union union) {
            BigInteger total = BigInteger.ZERO;
            for (LogicalPlan child : union.children()) {
                OptionalLong rows = of(child);
                if (rows.isEmpty()) {
                    return OptionalLong.empty();
                }
                total = total.add(BigInteger.valueOf(rows.getAsLong()));
            }
            return fit(total);
        }
        if (plan instanceof Join join) {
            return ofJoin(join);
        }
        if (plan instanceof SetOperation operation) {
            return of(operation.left());
        }
        if (neverAddsRows(plan)) {
            return of(((UnaryNode) plan).child());
        }
        return OptionalLong.empty();
    }

    /** The bound of each partition: a local limit's count, else the whole plan's. */
    static OptionalLong perPartition(LogicalPlan plan) {
        if (plan instanceof LocalLimit limit) {
            OptionalLong child = perPartition(limit.child());
            return OptionalLong.of(Math.min(limit.limit(), child.orElse(Long.MAX_VALUE)));
        }
        if (plan instanceof Project || plan instanceof Filter || plan instanceof Sort) {
            OptionalLong child = perPartition(((UnaryNode) plan).child());
            OptionalLong total = of(plan);
            if (child.isPresent() && total.isPresent()) {
                return OptionalLong.of(Math.min(child.getAsLong(), total.getAsLong()));
            }
            return child.isPresent() ? child : total;
        }
        return of(plan);
    }

    private static OptionalLong ofJoin(Join join) {
        OptionalLong left = of(join.left());
        switch (join.joinType()) {
            case LEFT_SEMI, LEFT_ANTI -> {
                return left;
            }
            default -> {
                OptionalLong right = of(join.right());
                if (left.isEmpty() || right.isEmpty()) {
                    return OptionalLong.empty();
                }
                BigInteger l = BigInteger.valueOf(left.getAsLong());
                BigInteger r = BigInteger.valueOf(right.getAsLong());
                BigInteger least = switch (join.joinType()) {
                    case LEFT_OUTER -> l;
                    case RIGHT_OUTER -> r;
                    case FULL_OUTER -> l.add(r);
                    default -> BigInteger.ZERO;
                };
                return fit(l.multiply(r).max(least));
            }
        }
    }

    private static boolean neverAddsRows(LogicalPlan plan) {
        return plan instanceof Project
                || plan instanceof Filter
                || plan instanceof Sort
                || plan instanceof LocalLimit
                || plan instanceof SubqueryAlias
                || plan instanceof BroadcastHint
                || plan instanceof Repartition
                || plan instanceof Distinct
                || plan instanceof Deduplicate
                || plan instanceof Window
                || plan instanceof Aggregate
                || (plan instanceof Sample sample && !sample.withReplacement());
    }

    private static OptionalLong fit(BigInteger rows) {
        return rows.bitLength() < 64 ? OptionalLong.of(rows.longValue()) : OptionalLong.empty();
    }
}
