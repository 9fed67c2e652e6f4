package io.rivulet.sql.optimizer;

import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.SetOperation;
import java.util.Optional;

/**
 * Replaces {@code INTERSECT} (distinct) by the distinct rows of a left semi join on the null-safe equality of
 * every column ({@code l1 <=> r1 AND l2 <=> r2 ...}), as Spark's {@code ReplaceIntersectWithSemiJoin}.
 */
public final class ReplaceIntersectWithSemiJoin implements Rule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (plan instanceof SetOperation operation
                && operation.kind() == SetOperation.Kind.INTERSECT
                && !operation.all()) {
            return Optional.of(SetOperations.distinctJoin(operation, JoinType.LEFT_SEMI));
        }
        return Optional.empty();
    }
}
