package io.rivulet.sql.optimizer;

import io.rivulet.sql.plan.Limit;
import io.rivulet.sql.plan.LocalLimit;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Removes a limit (without offset) that its child never reaches: the child gives at most that many rows, an
 * aggregation without grouping one, say (Spark's {@code EliminateLimits}).
 */
public final class EliminateLimits implements Rule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (plan instanceof Limit limit && limit.offset() == 0 && atMost(MaxRows.of(limit.child()), limit.limit())) {
            return Optional.of(limit.child());
        }
        if (plan instanceof LocalLimit limit && atMost(MaxRows.perPartition(limit.child()), limit.limit())) {
            return Optional.of(limit.child());
        }
        return Optional.empty();
    }

    private static boolean atMost(OptionalLong rows, long limit) {
        return rows.isPresent() && rows.getAsLong() <= limit;
    }
}
