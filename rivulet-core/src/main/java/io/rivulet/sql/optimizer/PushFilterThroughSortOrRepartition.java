package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Repartition;
import io.rivulet.sql.plan.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Moves the deterministic conjuncts of a filter below a sort or a repartitioning (of deterministic
 * expressions): they keep the same rows either way, and fewer rows are sorted or shuffled (Spark's
 * {@code PushPredicateThroughNonJoin} for the nodes it {@code canPushThrough}).
 */
public final class PushFilterThroughSortOrRepartition implements Rule {
    @Override
    public Traversal traversal() {
        return Traversal.TOP_DOWN;
    }

    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (!(plan instanceof Filter filter) || !passable(filter.child())) {
            return Optional.empty();
        }
        LogicalPlan node = filter.child();
        List<Expression> pushed = new ArrayList<>();
        List<Expression> kept = new ArrayList<>();
        for (Expression conjunct : Predicates.conjuncts(filter.condition())) {
            (conjunct.deterministic() ? pushed : kept).add(conjunct);
        }
        if (pushed.isEmpty()) {
            return Optional.empty();
        }
        LogicalPlan grandchild = node.children().get(0);
        LogicalPlan below = node.withNewChildren(List.of(new Filter(Predicates.andOrTrue(pushed), grandchild)));
        return Optional.of(Predicates.and(kept)
                .map(rest -> (LogicalPlan) new Filter(rest, below))
                .orElse(below));
    }

    private static boolean passable(LogicalPlan plan) {
        return (plan instanceof Sort || plan instanceof Repartition) && Attributes.deterministic(plan.expressions());
    }
}
