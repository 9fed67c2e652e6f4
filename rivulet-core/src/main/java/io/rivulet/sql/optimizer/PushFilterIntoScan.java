package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.ScanRelation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Offers the source of a scan the conjuncts of the filter right above it that translate into source filters
 * ({@link SourceFilters}: {@code a > 5}, {@code a = 'x'}, {@code a IS NULL}, ...), as {@code ScanRelation.pushedFilters}.
 * The filter stays: the planner asks the source which filters it applies and drops only those conjuncts
 * (a source may apply a filter only in part, as a Parquet reader skipping row groups does). Nondeterministic
 * conjuncts are never offered.
 */
public final class PushFilterIntoScan implements Rule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (!(plan instanceof Filter filter) || !(filter.child() instanceof ScanRelation scan)) {
            return Optional.empty();
        }
        SourceFilters translator = new SourceFilters(Attributes.outputIds(scan));
        List<io.rivulet.sql.sources.Filter> offered = new ArrayList<>();
        for (Expression conjunct : Predicates.conjuncts(filter.condition())) {
            if (conjunct.deterministic()) {
                translator.translate(conjunct).filter(f -> !offered.contains(f)).ifPresent(offered::add);
            }
        }
        if (offered.equals(scan.pushedFilters())) {
            return Optional.empty();
        }
        return Optional.of(filter.withChild(new ScanRelation(scan.table(), scan.output(), offered)));
    }
}
