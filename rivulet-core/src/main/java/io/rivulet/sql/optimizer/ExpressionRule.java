package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rule over expressions: {@link #rewrite} is offered every node of every expression of every plan node
 * (bottom-up unless {@link #expressionTraversal()} says otherwise), and the plan node is rebuilt when some
 * expression changed.
 */
public interface ExpressionRule extends Rule {
    /** The replacement of {@code expression}, or empty when the rule does not apply to it. */
    Optional<Expression> rewrite(Expression expression, RuleContext context);

    default Traversal expressionTraversal() {
        return Traversal.BOTTOM_UP;
    }

    @Override
    default Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        List<Expression> expressions = plan.expressions();
        if (expressions.isEmpty()) {
            return Optional.empty();
        }
        List<Expression> rewritten = new ArrayList<>(expressions.size());
        boolean changed = false;
        for (Expression expression : expressions) {
            Expression after = expressionTraversal() == Traversal.TOP_DOWN
                    ? expression.transformDown(node -> rewrite(node, context).orElse(node))
                    : expression.transformUp(node -> rewrite(node, context).orElse(node));
            changed |= !after.equals(expression);
            rewritten.add(after);
        }
        return changed ? Optional.of(plan.withNewExpressions(rewritten)) : Optional.empty();
    }
}
