package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Predicates.and;

import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Merges two adjacent filters into one whose condition is their conjunction, as Spark's {@code CombineFilters}:
 * the inner condition first, then the outer conjuncts it does not already have. Only over a deterministic inner
 * filter, and the outer's nondeterministic conjuncts stay above (they saw the inner's rows only).
 */
public final class MergeAdjacentFilters implements Rule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (plan instanceof Filter outer
                && outer.child() instanceof Filter inner
                && inner.condition().deterministic()) {
            List<Expression> innerConjuncts = Predicates.conjuncts(inner.condition());
            List<Expression> merged = new ArrayList<>();
            List<Expression> nondeterministic = new ArrayList<>();
            for (Expression conjunct : Predicates.conjuncts(outer.condition())) {
                if (!conjunct.deterministic()) {
                    nondeterministic.add(conjunct);
                } else if (!Attributes.containsSemantically(innerConjuncts, conjunct)
                        && !Attributes.containsSemantically(merged, conjunct)) {
                    merged.add(conjunct);
                }
            }
            LogicalPlan result = Predicates.and(merged)
                    .map(rest -> (LogicalPlan) new Filter(and(inner.condition(), rest), inner.child()))
                    .orElse(inner);
            LogicalPlan rewritten = Predicates.and(nondeterministic)
                    .map(rest -> (LogicalPlan) new Filter(rest, result))
                    .orElse(result);
            return rewritten.equals(plan) ? Optional.empty() : Optional.of(rewritten);
        }
        return Optional.empty();
    }
}
