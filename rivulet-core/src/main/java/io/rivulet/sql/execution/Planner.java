package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.session.SqlSession;

/** Chooses the physical operators of an optimized plan. (To be written.) */
public final class Planner {
    private final SqlSession session;

    public Planner(SqlSession session) {
        this.session = requireNonNull(session, "session is null");
    }

    SqlSession session() {
        return session;
    }

    public PhysicalPlan plan(LogicalPlan plan) {
        throw new UnsupportedOperationException("no physical planning yet for:\n" + plan.treeString());
    }
}
