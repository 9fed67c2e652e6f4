package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.Limit;
import io.rivulet.sql.plan.LocalLimit;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.Union;
import java.util.List;
import java.util.Optional;

/**
 * Puts a local limit (a per-partition cap, {@link LocalLimit}) below a limit where fewer rows suffice, as Spark's
 * {@code LimitPushDown}: under each child of a union, and through a join into its outer side (a left join with a
 * condition keeps every left row at least once), both sides of a join without condition, the left side of a semi
 * or anti join without condition, looking through a projection; a semi or anti join without condition needs one
 * row of its right side; and {@code LIMIT 1} over an aggregation that only groups needs one input row. Nothing
 * goes where the child already gives at most that many rows per partition, so the rule stops by itself.
 */
public final class LimitPushDown implements Rule {
    @Override
    public Traversal traversal() {
        return Traversal.TOP_DOWN;
    }

    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (plan instanceof Join join
                && (join.joinType() == JoinType.LEFT_SEMI || join.joinType() == JoinType.LEFT_ANTI)
                && join.condition().isEmpty()) {
            return capped(1, join.right()).map(right -> join.withNewChildren(List.of(join.left(), right)));
        }
        if (plan instanceof Limit limit && limit.limit() == 1 && limit.offset() == 0) {
            Optional<LogicalPlan> grouped = firstGroup(limit.child());
            if (grouped.isPresent()) {
                return grouped.map(limit::withChild);
            }
        }
        long rows;
        LogicalPlan child;
        if (plan instanceof Limit limit) {
            rows = CombineLimits.saturatedAdd(limit.limit(), limit.offset());
            child = limit.child();
        } else if (plan instanceof LocalLimit limit) {
            rows = limit.limit();
            child = limit.child();
        } else {
            return Optional.empty();
        }
        Optional<LogicalPlan> pushed = child instanceof Project project
                ? pushInto(rows, project.child()).map(project::withChild)
                : pushInto(rows, child);
        return pushed.map(newChild -> plan.withNewChildren(List.of(newChild)));
    }

    private static Optional<LogicalPlan> pushInto(long rows, LogicalPlan plan) {
        if (plan instanceof Union union) {
            boolean changed = false;
            List<LogicalPlan> children = new java.util.ArrayList<>();
            for (LogicalPlan child : union.children()) {
                Optional<LogicalPlan> limited = capped(rows, child);
                changed |= limited.isPresent();
                children.add(limited.orElse(child));
            }
            return changed ? Optional.of(union.withNewChildren(children)) : Optional.empty();
        }
        if (plan instanceof Join join) {
            return pushIntoJoin(rows, join);
        }
        return Optional.empty();
    }

    private static Optional<LogicalPlan> pushIntoJoin(long rows, Join join) {
        boolean left;
        boolean right;
        boolean conditioned = join.condition().isPresent();
        switch (join.joinType()) {
            case LEFT_OUTER -> {
                left = true;
                right = !conditioned;
            }
            case RIGHT_OUTER -> {
                left = !conditioned;
                right = true;
            }
            case INNER, CROSS, FULL_OUTER -> {
                left = !conditioned;
                right = !conditioned;
            }
            case LEFT_SEMI, LEFT_ANTI -> {
                left = !conditioned;
                right = false;
            }
            default -> throw new IllegalStateException("unexpected join type " + join.joinType());
        }
        Optional<LogicalPlan> newLeft = left ? capped(rows, join.left()) : Optional.empty();
        Optional<LogicalPlan> newRight = right ? capped(rows, join.right()) : Optional.empty();
        if (newLeft.isEmpty() && newRight.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(join.withNewChildren(List.of(newLeft.orElse(join.left()), newRight.orElse(join.right()))));
    }

    /** {@code plan} under a local limit of {@code rows}, or empty when its partitions never give more. */
    private static Optional<LogicalPlan> capped(long rows, LogicalPlan plan) {
        java.util.OptionalLong most = MaxRows.perPartition(plan);
        if (most.isPresent() && most.getAsLong() <= rows) {
            return Optional.empty();
        }
        return Optional.of(new LocalLimit(rows, plan));
    }

    /** An aggregation that only groups, as a projection of one input row (Spark: {@code Aggregate.groupOnly}). */
    private static Optional<LogicalPlan> firstGroup(LogicalPlan plan) {
        if (plan instanceof Aggregate aggregate && groupOnly(aggregate)) {
            return Optional.of(new Project(aggregate.aggregates(), new LocalLimit(1, aggregate.child())));
        }
        if (plan instanceof Project project && project.child() instanceof Aggregate aggregate && groupOnly(aggregate)) {
            return Optional.of(
                    project.withChild(new Project(aggregate.aggregates(), new LocalLimit(1, aggregate.child()))));
        }
        return Optional.empty();
    }

    private static boolean groupOnly(Aggregate aggregate) {
        if (aggregate.grouping().isEmpty()) {
            return false; // one row even of no input: a projection of no row would give none
        }
        for (NamedExpression item : aggregate.aggregates()) {
            Expression value = item instanceof Alias alias ? alias.child() : item;
            if (!value.foldable() && !Attributes.containsSemantically(aggregate.grouping(), value)) {
                return false;
            }
        }
        return true;
    }
}
