package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.ExprId;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Moves below a grouped aggregation the conjuncts of a filter over it that read only grouping keys (rewritten
 * over the aggregation's input): a group is kept or dropped whole, so filtering its rows first is the same, as
 * Spark's {@code PushPredicateThroughNonJoin}. Not over an aggregation without grouping (it gives a row even of
 * no input), nor with nondeterministic aggregates; nondeterministic and aggregate conjuncts stay above.
 */
public final class PushFilterThroughAggregate implements Rule {
    @Override
    public Traversal traversal() {
        return Traversal.TOP_DOWN;
    }

    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (!(plan instanceof Filter filter)
                || !(filter.child() instanceof Aggregate aggregate)
                || aggregate.grouping().isEmpty()
                || !Attributes.deterministic(aggregate.aggregates())) {
            return Optional.empty();
        }
        Map<ExprId, Alias> aliases = Aliases.ofGrouping(aggregate.aggregates());
        Set<ExprId> input = Attributes.outputIds(aggregate.child());
        List<Expression> pushed = new ArrayList<>();
        List<Expression> kept = new ArrayList<>();
        for (Expression conjunct : Predicates.conjuncts(filter.condition())) {
            Expression replaced = Aliases.replace(conjunct, aliases);
            if (conjunct.deterministic() && !conjunct.references().isEmpty() && Attributes.readsOnly(replaced, input)) {
                pushed.add(replaced);
            } else {
                kept.add(conjunct);
            }
        }
        if (pushed.isEmpty()) {
            return Optional.empty();
        }
        LogicalPlan below = aggregate.withChild(new Filter(Predicates.andOrTrue(pushed), aggregate.child()));
        return Optional.of(Predicates.and(kept)
                .map(rest -> (LogicalPlan) new Filter(rest, below))
                .orElse(below));
    }
}
