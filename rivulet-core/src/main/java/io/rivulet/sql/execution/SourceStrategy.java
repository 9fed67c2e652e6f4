package io.rivulet.sql.execution;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LocalRelation;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.OneRowRelation;
import io.rivulet.sql.plan.RangeRelation;
import io.rivulet.sql.plan.RddRelation;
import io.rivulet.sql.plan.ScanRelation;
import io.rivulet.sql.sources.Scan;
import io.rivulet.sql.sources.ScanRequest;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Plans the leaves: local rows and the one row of a query without FROM ({@link LocalTableScanExec}), ranges ({@link RangeExec}), RDDs ({@link RddScanExec})
 * and data source tables ({@link DataSourceScanExec}). A table is asked for a scan of the columns the relation
 * outputs with the filters the optimizer offered; a filter right above the scan loses the conjuncts the scan says
 * it applies in full ({@code pushedFilters} and not {@code remainingFilters}), and goes if none is left.
 */
final class SourceStrategy implements Strategy {
    @Override
    public Optional<PhysicalPlan> apply(LogicalPlan plan, PlannerContext context) {
        if (plan instanceof LocalRelation local) {
            return Optional.of(LocalTableScanExec.of(
                    local.output(), local.batches(), context.conf().defaultParallelism()));
        } else if (plan instanceof OneRowRelation) {
            // SELECT without FROM: one task over one row of no columns, as Spark's single-row RDD.
            return Optional.of(LocalTableScanExec.of(List.of(), List.of(new ColumnBatch(1, List.of())), 1));
        } else if (plan instanceof RangeRelation range) {
            return Optional.of(new RangeExec(range));
        } else if (plan instanceof RddRelation rdd) {
            return Optional.of(new RddScanExec(rdd.name(), rdd.rdd(), rdd.output()));
        } else if (plan instanceof ScanRelation scan) {
            return Optional.of(scan(scan));
        } else if (plan instanceof Filter filter && filter.child() instanceof ScanRelation scan) {
            DataSourceScanExec planned = scan(scan);
            return Optional.of(filterAbove(filter.condition(), planned, context.filterTranslation()));
        }
        return Optional.empty();
    }

    static DataSourceScanExec scan(ScanRelation relation) {
        ScanRequest request = new ScanRequest(PhysicalPlan.schemaOf(relation.output()), relation.pushedFilters());
        Scan scan = relation.table().scan(request);
        List<AttributeReference> output = relation.output();
        if (scan.readSchema().length() != output.size()) {
            throw new IllegalStateException("the scan of " + relation.table().description() + " reads "
                    + scan.readSchema().simpleString() + " for the columns " + output);
        }
        return new DataSourceScanExec(relation.table(), output, scan);
    }

    /** The filter that still has to run above {@code scan}: the conjuncts it does not apply in full. */
    static PhysicalPlan filterAbove(Expression condition, DataSourceScanExec scan, FilterTranslation translation) {
        Set<io.rivulet.sql.sources.Filter> applied = new HashSet<>(scan.scan().pushedFilters());
        scan.scan().remainingFilters().forEach(applied::remove);
        List<Expression> remaining = new ArrayList<>();
        for (Expression conjunct : translation.conjuncts(condition)) {
            Optional<io.rivulet.sql.sources.Filter> translated = translation.translate(conjunct);
            if (translated.isEmpty() || !applied.contains(translated.get())) {
                remaining.add(conjunct);
            }
        }
        if (remaining.isEmpty()) {
            return scan;
        }
        return new FilterExec(translation.conjunction(remaining), scan);
    }
}
