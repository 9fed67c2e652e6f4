package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.ExprId;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.BroadcastHint;
import io.rivulet.sql.plan.Generate;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.Limit;
import io.rivulet.sql.plan.LocalLimit;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.Repartition;
import io.rivulet.sql.plan.Sample;
import io.rivulet.sql.plan.Sort;
import io.rivulet.sql.plan.Union;
import io.rivulet.sql.plan.Window;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Drops the columns nobody reads, as Spark's {@code ColumnPruning}: a projection keeps only the columns of its
 * child that it or the child itself read, by pruning the child's own lists (a lower projection's items, an
 * aggregation's or a window's unread results) or by putting a narrowing projection over the grandchildren (under
 * a sort, a limit, a join, ...); an aggregation and the right side of a semi or anti join narrow their children
 * likewise, and a union all its children, position by position. {@link PruneScanColumns} then narrows the scans
 * under those projections, so that the sources decode only what is read.
 *
 * <p>No projection goes between a filter and its child (as Spark's {@code removeProjectBeforeFilter}): it would
 * fight {@link PushFilterThroughProject}; a filter over a scan is pruned through by {@link PruneScanColumns}.
 */
public final class ColumnPruning implements Rule {
    @Override
    public Traversal traversal() {
        return Traversal.TOP_DOWN;
    }

    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (plan instanceof Project project) {
            return pruneBelow(project);
        }
        if (plan instanceof Aggregate aggregate) {
            return pruned(aggregate.child(), Attributes.references(aggregate)).map(aggregate::withChild);
        }
        if (plan instanceof Join join
                && (join.joinType() == JoinType.LEFT_SEMI || join.joinType() == JoinType.LEFT_ANTI)) {
            return pruned(join.right(), Attributes.references(join))
                    .map(right -> join.withNewChildren(List.of(join.left(), right)));
        }
        if (plan instanceof Window window && window.windowExpressions().isEmpty()) {
            return Optional.of(window.child());
        }
        return Optional.empty();
    }

    private static Optional<LogicalPlan> pruneBelow(Project project) {
        Set<ExprId> read = Attributes.references(project);
        LogicalPlan child = project.child();
        if (child instanceof Project lower && !read.containsAll(Attributes.outputIds(lower))) {
            List<NamedExpression> kept = lower.projectList().stream()
                    .filter(item -> read.contains(item.exprId()))
                    .toList();
            return Optional.of(project.withChild(new Project(kept, lower.child())));
        }
        if (child instanceof Aggregate aggregate && !read.containsAll(Attributes.outputIds(aggregate))) {
            List<NamedExpression> kept = aggregate.aggregates().stream()
                    .filter(item -> read.contains(item.exprId()))
                    .toList();
            return Optional.of(project.withChild(new Aggregate(aggregate.grouping(), kept, aggregate.child())));
        }
        if (child instanceof Window window && !read.containsAll(Attributes.ids(window.windowExpressions()))) {
            List<NamedExpression> kept = window.windowExpressions().stream()
                    .filter(item -> read.contains(item.exprId()))
                    .toList();
            return Optional.of(
                    project.withChild(new Window(kept, window.partitionSpec(), window.orderSpec(), window.child())));
        }
        if (child instanceof Generate generate) {
            Set<ExprId> needed = new LinkedHashSet<>(read);
            needed.removeAll(Attributes.ids(generate.generatorOutput()));
            needed.addAll(Attributes.references(generate));
            return pruned(generate.child(), needed)
                    .map(grandchild -> project.withChild(generate.withChild(grandchild)));
        }
        if (child instanceof Union union) {
            return pruneUnion(read, union).map(project::withChild);
        }
        if (passesColumnsThrough(child)) {
            Set<ExprId> needed = new LinkedHashSet<>(read);
            needed.addAll(Attributes.references(child));
            List<LogicalPlan> grandchildren = new ArrayList<>();
            boolean changed = false;
            for (LogicalPlan grandchild : child.children()) {
                Optional<LogicalPlan> narrowed = pruned(grandchild, needed);
                changed |= narrowed.isPresent();
                grandchildren.add(narrowed.orElse(grandchild));
            }
            return changed ? Optional.of(project.withChild(child.withNewChildren(grandchildren))) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The nodes whose output is their children's columns (plus their own), each column independent of the others. */
    private static boolean passesColumnsThrough(LogicalPlan plan) {
        return plan instanceof Sort
                || plan instanceof Limit
                || plan instanceof LocalLimit
                || plan instanceof Join
                || plan instanceof Repartition
                || plan instanceof Sample
                || plan instanceof Window
                || plan instanceof Generate
                || plan instanceof BroadcastHint;
    }

    /** Each child keeps the positions of the union's columns that are read (the union's are its first child's). */
    private static Optional<LogicalPlan> pruneUnion(Set<ExprId> read, Union union) {
        List<AttributeReference> output = union.output();
        if (read.containsAll(Attributes.ids(output))) {
            return Optional.empty();
        }
        List<LogicalPlan> children = new ArrayList<>();
        for (LogicalPlan child : union.children()) {
            List<AttributeReference> columns = child.output();
            List<NamedExpression> kept = new ArrayList<>();
            for (int i = 0; i < output.size(); i++) {
                if (read.contains(output.get(i).exprId())) {
                    kept.add(columns.get(i));
                }
            }
            children.add(new Project(kept, child));
        }
        return Optional.of(new Union(children, false, false));
    }

    /**
     * {@code child} under a projection of the columns of {@code needed} (a projection itself: with fewer items),
     * or empty when it gives no others.
     */
    static Optional<LogicalPlan> pruned(LogicalPlan child, Set<ExprId> needed) {
        if (needed.containsAll(Attributes.outputIds(child))) {
            return Optional.empty();
        }
        if (child instanceof Project project) {
            List<NamedExpression> kept = project.projectList().stream()
                    .filter(item -> needed.contains(item.exprId()))
                    .toList();
            return Optional.of(new Project(kept, project.child()));
        }
        List<NamedExpression> kept = List.copyOf(Attributes.keep(child.output(), needed));
        return Optional.of(new Project(kept, child));
    }
}
