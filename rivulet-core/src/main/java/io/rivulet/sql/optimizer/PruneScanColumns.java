package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.ExprId;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.ScanRelation;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Narrows a scan under a projection (or under a filter under a projection) to the columns they read, in the
 * table's order, so that the source never decodes the others: a {@code count()} of a table reads no column.
 * {@link ColumnPruning} puts the projections over the scans; this takes them into the scans, as Spark's
 * {@code V2ScanRelationPushDown.pruneColumns} does, and {@link RemoveRedundantProject} drops those left with
 * nothing to do.
 */
public final class PruneScanColumns implements Rule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (!(plan instanceof Project project)) {
            return Optional.empty();
        }
        Set<ExprId> read = new LinkedHashSet<>(Attributes.references(project));
        if (project.child() instanceof ScanRelation scan) {
            return narrowed(scan, read).map(project::withChild);
        }
        if (project.child() instanceof Filter filter && filter.child() instanceof ScanRelation scan) {
            read.addAll(Attributes.references(filter.condition()));
            return narrowed(scan, read).map(s -> project.withChild(filter.withChild(s)));
        }
        return Optional.empty();
    }

    private static Optional<LogicalPlan> narrowed(ScanRelation scan, Set<ExprId> read) {
        if (read.containsAll(Attributes.outputIds(scan))) {
            return Optional.empty();
        }
        return Optional.of(new ScanRelation(scan.table(), Attributes.keep(scan.output(), read), scan.pushedFilters()));
    }
}
