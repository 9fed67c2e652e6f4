package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LocalRelation;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.List;
import java.util.Optional;

/**
 * Removes a filter whose condition is the constant true, and replaces one whose condition is false or null by
 * an empty relation of the same columns (Spark's {@code PruneFilters}), which {@link PropagateEmptyRelation}
 * then carries upwards.
 */
public final class PruneFilters implements Rule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (plan instanceof Filter filter && filter.condition() instanceof Literal literal) {
            if (Boolean.TRUE.equals(literal.value())) {
                return Optional.of(filter.child());
            }
            return Optional.of(new LocalRelation(filter.output(), List.of()));
        }
        return Optional.empty();
    }
}
