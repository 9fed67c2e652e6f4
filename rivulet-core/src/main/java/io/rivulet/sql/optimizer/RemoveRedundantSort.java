package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.LocalLimit;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.Repartition;
import io.rivulet.sql.plan.Sort;
import java.util.List;
import java.util.Optional;

/**
 * Removes sorts whose order nobody sees, as Spark's {@code EliminateSorts}: the constant keys of a sort (all of
 * them: the sort goes); a sort under another sort (a global one only under a global one), a sort under a join,
 * and a sort under an aggregation whose results do not depend on the order of its input, looking down through
 * the nodes that keep rows as they are (deterministic projections and filters, local limits) or that
 * redistribute them by hash.
 */
public final class RemoveRedundantSort implements Rule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (plan instanceof Sort sort) {
            List<SortOrder> keys =
                    sort.order().stream().filter(key -> !key.child().foldable()).toList();
            if (keys.isEmpty()) {
                return Optional.of(sort.child());
            }
            if (keys.size() < sort.order().size()) {
                return Optional.of(new Sort(keys, sort.global(), sort.child()));
            }
            return changed(sort, withoutSorts(sort.child(), sort.global())).map(sort::withChild);
        }
        if (plan instanceof Join join
                && join.condition().map(Expression::deterministic).orElse(true)) {
            LogicalPlan left = withoutSorts(join.left(), true);
            LogicalPlan right = withoutSorts(join.right(), true);
            if (left == join.left() && right == join.right()) {
                return Optional.empty();
            }
            return Optional.of(join.withNewChildren(List.of(left, right)));
        }
        if (plan instanceof Aggregate aggregate && orderIrrelevant(aggregate)) {
            return changed(aggregate, withoutSorts(aggregate.child(), true)).map(aggregate::withChild);
        }
        return Optional.empty();
    }

    private static Optional<LogicalPlan> changed(LogicalPlan parent, LogicalPlan newChild) {
        return newChild == parent.children().get(0) ? Optional.empty() : Optional.of(newChild);
    }

    /** {@code plan} without its sorts nobody above sees; global sorts only if {@code global} (Spark's {@code recursiveRemoveSort}). */
    private static LogicalPlan withoutSorts(LogicalPlan plan, boolean global) {
        if (plan instanceof Sort sort && (global || !sort.global())) {
            return withoutSorts(sort.child(), global);
        }
        if (keepsRows(plan)) {
            LogicalPlan child = plan.children().get(0);
            LogicalPlan newChild = withoutSorts(child, global);
            return newChild == child ? plan : plan.withNewChildren(List.of(newChild));
        }
        if (plan instanceof Repartition repartition
                && !repartition.partitionExpressions().isEmpty()
                && Attributes.deterministic(repartition.partitionExpressions())) {
            LogicalPlan newChild = withoutSorts(repartition.child(), true);
            return newChild == repartition.child() ? plan : repartition.withChild(newChild);
        }
        return plan;
    }

    private static boolean keepsRows(LogicalPlan plan) {
        return (plan instanceof Project project && Attributes.deterministic(project.projectList()))
                || (plan instanceof Filter filter && filter.condition().deterministic())
                || plan instanceof LocalLimit;
    }

    /** Spark's {@code isOrderIrrelevantAggs}: grouping only, or functions that do not see the order of their input. */
    private static boolean orderIrrelevant(Aggregate aggregate) {
        for (Expression item : aggregate.aggregates()) {
            List<Expression> functions = item.collect(e -> e instanceof AggregateFunction);
            for (Expression function : functions) {
                if (!OrderIrrelevantAggregates.accepts((AggregateFunction) function)) {
                    return false;
                }
            }
        }
        return Attributes.deterministic(aggregate.aggregates());
    }
}
