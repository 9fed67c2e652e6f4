package io.rivulet.sql.optimizer;

import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.SubqueryAlias;
import java.util.Optional;

/** Removes a subquery alias: it only qualified its child's column names, which the analyzer has resolved to ids. */
public final class EliminateSubqueryAliases implements Rule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (plan instanceof SubqueryAlias alias) {
            return Optional.of(alias.child());
        }
        return Optional.empty();
    }
}
