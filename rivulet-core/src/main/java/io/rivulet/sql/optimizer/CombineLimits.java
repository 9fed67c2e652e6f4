package io.rivulet.sql.optimizer;

import io.rivulet.sql.plan.Limit;
import io.rivulet.sql.plan.LocalLimit;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.Optional;

/**
 * Merges a limit over a limit into one: the outer's rows of the inner's, offsets added (rows {@code [o2, o2 + l2)}
 * then {@code [o1, o1 + l1)} of those); a local limit over a local limit keeps the smaller (Spark's
 * {@code EliminateLimits} second half).
 */
public final class CombineLimits implements Rule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (plan instanceof Limit outer && outer.child() instanceof Limit inner) {
            long rows = Math.min(outer.limit(), Math.max(0, inner.limit() - outer.offset()));
            long offset = saturatedAdd(outer.offset(), inner.offset());
            return Optional.of(new Limit(rows, offset, inner.child()));
        }
        if (plan instanceof LocalLimit outer && outer.child() instanceof LocalLimit inner) {
            return Optional.of(new LocalLimit(Math.min(outer.limit(), inner.limit()), inner.child()));
        }
        return Optional.empty();
    }

    static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
