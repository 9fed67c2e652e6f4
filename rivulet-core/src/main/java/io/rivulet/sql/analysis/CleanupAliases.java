package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Removes the aliases that name nothing, as Spark's {@code CleanupAliases}: an alias only names a column at the top of
 * a select list, an aggregation's output or a window's list; anywhere else ({@code col("a").as("x").plus(1)}, a
 * grouping key, a sort key, a condition) it is its child.
 */
final class CleanupAliases implements AnalyzerRule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan node, AnalysisContext context) {
        LogicalPlan result;
        if (node instanceof Project project) {
            result = new Project(trimBelowTop(project.projectList()), project.child());
        } else if (node instanceof Aggregate aggregate) {
            List<Expression> grouping =
                    aggregate.grouping().stream().map(CleanupAliases::trimAll).toList();
            result = new Aggregate(grouping, trimBelowTop(aggregate.aggregates()), aggregate.child());
        } else if (node instanceof Window window) {
            result = new Window(
                    trimBelowTop(window.windowExpressions()),
                    window.partitionSpec().stream().map(CleanupAliases::trimAll).toList(),
                    window.orderSpec().stream()
                            .map(o -> (io.rivulet.sql.expr.SortOrder) trimAll(o))
                            .toList(),
                    window.child());
        } else {
            result = Plans.mapExpressions(node, CleanupAliases::trimAll);
        }
        return result.equals(node) ? Optional.empty() : Optional.of(result);
    }

    private static List<NamedExpression> trimBelowTop(List<NamedExpression> list) {
        List<NamedExpression> trimmed = new ArrayList<>(list.size());
        for (NamedExpression item : list) {
            if (item instanceof Alias alias) {
                Expression child = trimAll(alias.child());
                trimmed.add(child == alias.child() ? alias : new Alias(child, alias.name(), alias.exprId()));
            } else {
                trimmed.add(item);
            }
        }
        return trimmed;
    }

    static Expression trimAll(Expression expression) {
        return expression.transformUp(e -> e instanceof Alias alias ? alias.child() : e);
    }
}
