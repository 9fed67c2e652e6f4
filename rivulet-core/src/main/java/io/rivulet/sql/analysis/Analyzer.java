package io.rivulet.sql.analysis;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.session.SqlSession;

/**
 * Resolves a plan: names to attributes, relations to the catalog's views, functions to the registry's, and
 * inserts the casts where types must meet; then checks that nothing is left unresolved. (To be written: this
 * placeholder returns the plan as it is.)
 */
public final class Analyzer {
    private final SqlSession session;

    public Analyzer(SqlSession session) {
        this.session = requireNonNull(session, "session is null");
    }

    SqlSession session() {
        return session;
    }

    /** The resolved plan; throws {@link io.rivulet.sql.AnalysisException} naming what cannot be resolved. */
    public LogicalPlan analyze(LogicalPlan plan) {
        return plan;
    }
}
