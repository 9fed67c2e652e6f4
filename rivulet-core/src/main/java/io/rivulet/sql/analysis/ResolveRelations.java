package io.rivulet.sql.analysis;

import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.SubqueryAlias;
import io.rivulet.sql.plan.UnresolvedRelation;
import java.util.Optional;

/**
 * {@code FROM t}, {@code rv.table("t")}: the catalog's view {@code t} (its analyzed plan) under
 * {@code SubqueryAlias t}, so that its columns can be named {@code t.a}; as Spark's {@code ResolveRelations}. Views
 * are temporary and have one-part names: a name of more parts, or one no view has, is
 * {@code [TABLE_OR_VIEW_NOT_FOUND]}.
 */
final class ResolveRelations implements AnalyzerRule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan node, AnalysisContext context) {
        if (!(node instanceof UnresolvedRelation relation)) {
            return Optional.empty();
        }
        if (relation.nameParts().size() != 1) {
            throw AnalysisErrors.tableOrViewNotFound(relation.nameParts());
        }
        String name = relation.nameParts().get(0);
        LogicalPlan view = context.catalog()
                .view(name)
                .orElseThrow(() -> AnalysisErrors.tableOrViewNotFound(relation.nameParts()));
        return Optional.of(new SubqueryAlias(name, view));
    }
}
