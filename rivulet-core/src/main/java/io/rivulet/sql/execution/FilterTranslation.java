package io.rivulet.sql.execution;

import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.sources.Filter;
import java.util.List;
import java.util.Optional;

/**
 * How the planner matches the conjuncts of a filter above a scan with the source filters the optimizer offered
 * the scan, so that it can drop the conjuncts the scan applies in full: a conjunct is dropped when its translation
 * is among the scan's {@code pushedFilters} and not among its {@code remainingFilters}. Keeping a conjunct is
 * always correct (the filter then holds twice); dropping it is the saving.
 */
interface FilterTranslation {
    /** The conjuncts of {@code condition} ({@code a AND b AND c}: a, b, c). */
    List<Expression> conjuncts(Expression condition);

    /** The conjunction of {@code conjuncts} (at least one). */
    Expression conjunction(List<Expression> conjuncts);

    /** The source filter {@code conjunct} means, named by its column names, if it has one. */
    Optional<Filter> translate(Expression conjunct);

    /** Translates nothing: every conjunct stays above the scan. */
    FilterTranslation NONE = new FilterTranslation() {
        @Override
        public List<Expression> conjuncts(Expression condition) {
            return List.of(condition);
        }

        @Override
        public Expression conjunction(List<Expression> conjuncts) {
            if (conjuncts.size() != 1) {
                throw new IllegalArgumentException("cannot join " + conjuncts.size() + " conjuncts");
            }
            return conjuncts.get(0);
        }

        @Override
        public Optional<Filter> translate(Expression conjunct) {
            return Optional.empty();
        }
    };
}
