package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.ExprId;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.Sort;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A sort or a filter over a projection may name a column the projection dropped
 * ({@code select("a").orderBy(col("b"))}), as Spark's {@code ResolveMissingReferences}: the name is resolved below the
 * projection (through filters and sorts), the projection keeps the column too, and a projection on top drops it again:
 * {@code Project [a] <- Sort [b] <- Project [a, b]}. Not through a distinct or an aggregation (whose groups the column
 * would change; {@link ResolveAggregateFunctions} handles aggregations).
 */
final class ResolveMissingReferences implements AnalyzerRule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan node, AnalysisContext context) {
        if (!(node instanceof Sort || node instanceof Filter)
                || node.children().get(0) instanceof Aggregate
                || !Plans.resolved(node.children().get(0))
                || node.expressions().stream().allMatch(ColumnResolution::namesResolved)) {
            return Optional.empty();
        }
        LogicalPlan child = node.children().get(0);
        List<Expression> expressions = new ArrayList<>(node.expressions());
        Optional<LogicalPlan> newChild = addMissing(expressions, child);
        if (newChild.isEmpty()) {
            return Optional.empty();
        }
        LogicalPlan rewritten = node instanceof Sort sort
                ? new Sort(expressions.stream().map(e -> (SortOrder) e).toList(), sort.global(), newChild.get())
                : new Filter(expressions.get(0), newChild.get());
        return Optional.of(new Project(List.copyOf(child.output()), rewritten));
    }

    /**
     * Resolves {@code expressions} (in place) against {@code plan}, or below its projection; the plan with the columns
     * they need added, empty when some name stays unresolved.
     */
    private static Optional<LogicalPlan> addMissing(List<Expression> expressions, LogicalPlan plan) {
        expressions.replaceAll(e -> ResolveReferences.resolveExpression(e, plan.output()));
        if (expressions.stream().allMatch(ColumnResolution::namesResolved)) {
            return Optional.of(plan);
        }
        if (plan instanceof Project project) {
            Optional<LogicalPlan> below = addMissing(expressions, project.child());
            if (below.isEmpty()) {
                return Optional.empty();
            }
            Set<ExprId> present = new HashSet<>();
            project.output().forEach(a -> present.add(a.exprId()));
            List<NamedExpression> list = new ArrayList<>(project.projectList());
            for (Expression expression : expressions) {
                for (AttributeReference reference : expression.references()) {
                    if (present.add(reference.exprId())) {
                        list.add(reference);
                    }
                }
            }
            return Optional.of(new Project(list, below.get()));
        } else if (plan instanceof Filter || plan instanceof Sort) {
            return addMissing(expressions, plan.children().get(0)).map(c -> plan.withNewChildren(List.of(c)));
        }
        return Optional.empty();
    }
}
