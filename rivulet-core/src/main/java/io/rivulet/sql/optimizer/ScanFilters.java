package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.sources.Filter;
import java.util.List;
import java.util.Optional;

/**
 * For the planner: the conjuncts of the filter above a scan and the source filter each stands for, exactly as
 * {@link PushFilterIntoScan} offered them to the scan, so that it can drop the conjuncts the source applies in
 * full (the planner's {@code FilterTranslation}).
 */
public final class ScanFilters {
    private ScanFilters() {}

    /** {@code a AND (b AND c)} as {@code [a, b, c]}. */
    public static List<Expression> conjuncts(Expression condition) {
        return Predicates.conjuncts(condition);
    }

    /** The conjunction of {@code conjuncts} (at least one), left to right. */
    public static Expression conjunction(List<Expression> conjuncts) {
        return Predicates.and(conjuncts).orElseThrow(() -> new IllegalArgumentException("no conjuncts to join"));
    }

    /** The source filter {@code conjunct} stands for over a scan of {@code scanOutput}, if any. */
    public static Optional<Filter> translate(Expression conjunct, List<AttributeReference> scanOutput) {
        if (!conjunct.deterministic()) {
            return Optional.empty();
        }
        return new SourceFilters(Attributes.ids(scanOutput)).translate(conjunct);
    }
}
