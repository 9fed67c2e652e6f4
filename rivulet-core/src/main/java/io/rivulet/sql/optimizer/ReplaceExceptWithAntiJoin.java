package io.rivulet.sql.optimizer;

import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.SetOperation;
import java.util.Optional;

/**
 * Replaces {@code EXCEPT} (distinct) by the distinct rows of a left anti join on the null-safe equality of every
 * column, as Spark's {@code ReplaceExceptWithAntiJoin}.
 */
public final class ReplaceExceptWithAntiJoin implements Rule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (plan instanceof SetOperation operation
                && operation.kind() == SetOperation.Kind.EXCEPT
                && !operation.all()) {
            return Optional.of(SetOperations.distinctJoin(operation, JoinType.LEFT_ANTI));
        }
        return Optional.empty();
    }
}
