package io.rivulet.sql.execution.aggregate;

import io.rivulet.sql.execution.ShuffleExchangeExec;

/** The planner's exchange, for strategies planned without a planner in tests. */
public final class TestExchanges {
    public static final Exchanges EXCHANGES = (child, partitioning) -> new ShuffleExchangeExec(partitioning, child);

    private TestExchanges() {}
}
