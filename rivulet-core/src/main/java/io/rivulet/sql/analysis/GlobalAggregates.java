package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import java.util.List;
import java.util.Optional;

/**
 * A select list with aggregate functions outside windows ({@code select(sum(col("b")))}) is an aggregation without
 * grouping: one row over all the input, as Spark's {@code GlobalAggregates}. A column beside the aggregates is then
 * {@code [MISSING_GROUP_BY]} (the check phase).
 */
final class GlobalAggregates implements AnalyzerRule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan node, AnalysisContext context) {
        if (!(node instanceof Project project)) {
            return Optional.empty();
        }
        List<NamedExpression> list = project.projectList();
        for (NamedExpression item : list) {
            if (!Expressions.aggregatesOutsideWindows(item).isEmpty()) {
                return Optional.of(new Aggregate(List.of(), list, project.child()));
            }
        }
        return Optional.empty();
    }
}
