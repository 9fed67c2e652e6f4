package io.rivulet.sql.execution;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.CachedRelation;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Plans reads of cached queries: a {@link CachedRelation}, possibly under a filter and a projection, becomes an
 * {@link InMemoryTableScanExec} of only the columns those read (the optimizer's column pruning does not reach into
 * a cache), under the same filter and projection.
 */
final class CacheStrategy implements Strategy {
    @Override
    public Optional<PhysicalPlan> apply(LogicalPlan plan, PlannerContext context) {
        if (plan instanceof CachedRelation relation) {
            return Optional.of(new InMemoryTableScanExec(relation.output(), relation));
        }
        if (plan instanceof Project project) {
            if (project.child() instanceof CachedRelation relation) {
                return Optional.of(new ProjectExec(project.projectList(), scan(relation, project.projectList(), null)));
            }
            if (project.child() instanceof Filter filter && filter.child() instanceof CachedRelation relation) {
                PhysicalPlan scan = scan(relation, project.projectList(), filter.condition());
                return Optional.of(new ProjectExec(project.projectList(), new FilterExec(filter.condition(), scan)));
            }
        }
        return Optional.empty();
    }

    /** A scan of the cache's columns that {@code expressions} and {@code condition} read, in the cache's order. */
    private static PhysicalPlan scan(
            CachedRelation relation, List<? extends Expression> expressions, Expression condition) {
        Set<AttributeReference> used = new LinkedHashSet<>();
        for (Expression expression : expressions) {
            used.addAll(expression.references());
        }
        if (condition != null) {
            used.addAll(condition.references());
        }
        List<AttributeReference> columns = new ArrayList<>();
        for (AttributeReference column : relation.output()) {
            if (used.stream().anyMatch(u -> u.exprId().equals(column.exprId()))) {
                columns.add(column);
            }
        }
        return new InMemoryTableScanExec(columns, relation);
    }
}
