package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.ExprId;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.GetArrayItem;
import io.rivulet.sql.expr.GetMapValue;
import io.rivulet.sql.expr.GetStructField;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges a projection into the projection or aggregation below it, substituting the columns the lower one
 * computes, as Spark's {@code CollapseProject}: only when that neither duplicates nor reorders work that must
 * not be, i.e. every lower column the upper one reads is deterministic, and read once unless it is cheap (a
 * column, a constant, a field of one).
 */
public final class CollapseProject implements Rule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (!(plan instanceof Project upper)) {
            return Optional.empty();
        }
        if (upper.child() instanceof Project lower && canCollapse(upper.projectList(), lower.projectList())) {
            return Optional.of(new Project(substitute(upper.projectList(), lower.projectList()), lower.child()));
        }
        if (upper.child() instanceof Aggregate aggregate && canCollapse(upper.projectList(), aggregate.aggregates())) {
            List<NamedExpression> aggregates = substitute(upper.projectList(), aggregate.aggregates());
            return Optional.of(new Aggregate(aggregate.grouping(), aggregates, aggregate.child()));
        }
        return Optional.empty();
    }

    private static List<NamedExpression> substitute(List<NamedExpression> upper, List<NamedExpression> lower) {
        Map<ExprId, Alias> aliases = Aliases.of(lower);
        return upper.stream()
                .map(item -> Aliases.replaceKeepingName(item, aliases))
                .toList();
    }

    /** Spark's {@code canCollapseExpressions}. */
    static boolean canCollapse(List<? extends Expression> consumers, List<NamedExpression> producers) {
        Map<ExprId, Alias> aliases = Aliases.of(producers);
        Map<ExprId, Integer> uses = new HashMap<>();
        for (Expression consumer : consumers) {
            for (Expression node : consumer.collect(e -> e instanceof AttributeReference)) {
                uses.merge(((AttributeReference) node).exprId(), 1, Integer::sum);
            }
        }
        for (Map.Entry<ExprId, Integer> use : uses.entrySet()) {
            Alias producer = aliases.get(use.getKey());
            if (producer == null) {
                continue; // a column passed through: always cheap
            }
            if (!producer.child().deterministic() || (use.getValue() > 1 && !isCheap(producer.child()))) {
                return false;
            }
        }
        return true;
    }

    /** Spark's {@code isCheap}: columns, constants, and aliases and field extractions of cheap expressions. */
    static boolean isCheap(Expression expression) {
        if (expression instanceof AttributeReference || expression.foldable()) {
            return true;
        }
        if (expression instanceof Alias
                || expression instanceof GetStructField
                || expression instanceof GetArrayItem
                || expression instanceof GetMapValue) {
            return expression.children().stream().allMatch(CollapseProject::isCheap);
        }
        return false;
    }
}
