package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.ExprId;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Small helpers of the analyzer's rules over plans. */
final class Plans {
    private Plans() {}

    /** Whether the plan is analyzed already (returned by the analyzer before) or resolved. */
    static boolean resolved(LogicalPlan plan) {
        return AnalyzedPlans.contains(plan) || plan.resolved();
    }

    /** Whether every child is resolved: most rules wait for it, as Spark's {@code childrenResolved}. */
    static boolean childrenResolved(LogicalPlan node) {
        for (LogicalPlan child : node.children()) {
            if (!resolved(child)) {
                return false;
            }
        }
        return true;
    }

    /** Whether some column of the join's left side has the id of one of the right side's (a self-join not yet deduplicated). */
    static boolean sidesShareIds(Join join) {
        return !shared(join.left().output(), join.right().output()).isEmpty();
    }

    static Set<ExprId> shared(List<AttributeReference> left, List<AttributeReference> right) {
        Set<ExprId> ids = new HashSet<>();
        for (AttributeReference attribute : left) {
            ids.add(attribute.exprId());
        }
        Set<ExprId> shared = new HashSet<>();
        for (AttributeReference attribute : right) {
            if (ids.contains(attribute.exprId())) {
                shared.add(attribute.exprId());
            }
        }
        return shared;
    }

    /** The node with {@code rewrite} applied to each of its own expressions (whole, top down at the root only). */
    static LogicalPlan mapExpressions(LogicalPlan node, Function<Expression, Expression> rewrite) {
        List<Expression> expressions = node.expressions();
        boolean changed = false;
        Expression[] rewritten = new Expression[expressions.size()];
        for (int i = 0; i < rewritten.length; i++) {
            rewritten[i] = rewrite.apply(expressions.get(i));
            changed |= rewritten[i] != expressions.get(i);
        }
        return changed ? node.withNewExpressions(List.of(rewritten)) : node;
    }
}
