package io.rivulet.sql.optimizer;

import io.rivulet.sql.plan.BroadcastHint;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.Optional;

/**
 * Removes the broadcast hints no join took ({@code broadcast(df)} never joined): after
 * {@link PushBroadcastHintIntoJoin}, a hint says nothing more (Spark's {@code EliminateResolvedHint}).
 */
public final class RemoveBroadcastHints implements Rule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (plan instanceof BroadcastHint hint) {
            return Optional.of(hint.child());
        }
        return Optional.empty();
    }
}
