package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.ExprId;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Union;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves the deterministic conjuncts of a filter over a union into a filter over each child, the union's columns
 * replaced by the child's at the same positions, as Spark's {@code PushPredicateThroughNonJoin}; nondeterministic
 * ones stay above (the union changes which rows they see in which order).
 */
public final class PushFilterThroughUnion implements Rule {
    @Override
    public Traversal traversal() {
        return Traversal.TOP_DOWN;
    }

    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (!(plan instanceof Filter filter) || !(filter.child() instanceof Union union)) {
            return Optional.empty();
        }
        List<Expression> pushed = new ArrayList<>();
        List<Expression> kept = new ArrayList<>();
        for (Expression conjunct : Predicates.conjuncts(filter.condition())) {
            (conjunct.deterministic() ? pushed : kept).add(conjunct);
        }
        if (pushed.isEmpty()) {
            return Optional.empty();
        }
        Expression condition = Predicates.andOrTrue(pushed);
        List<AttributeReference> output = union.output();
        List<LogicalPlan> children = new ArrayList<>();
        for (LogicalPlan child : union.children()) {
            Map<ExprId, AttributeReference> positions = new HashMap<>();
            List<AttributeReference> columns = child.output();
            for (int i = 0; i < output.size(); i++) {
                positions.put(output.get(i).exprId(), columns.get(i));
            }
            Expression rewritten = condition.transformUp(node -> node instanceof AttributeReference attribute
                    ? positions.getOrDefault(attribute.exprId(), attribute)
                    : node);
            children.add(new Filter(rewritten, child));
        }
        LogicalPlan below = union.withNewChildren(children);
        return Optional.of(Predicates.and(kept)
                .map(rest -> (LogicalPlan) new Filter(rest, below))
                .orElse(below));
    }
}
