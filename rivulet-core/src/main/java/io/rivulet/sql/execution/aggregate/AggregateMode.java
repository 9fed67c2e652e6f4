package io.rivulet.sql.execution.aggregate;

/**
 * What one aggregate function of a {@link HashAggregateExec} reads and gives, as Spark's {@code AggregateMode}:
 * two-phase aggregation is a {@link #PARTIAL} step before the exchange and a {@link #FINAL} one after; one step
 * over input already partitioned by the keys is {@link #COMPLETE}; {@link #PARTIAL_MERGE} merges partial states
 * into partial states (the middle steps of distinct aggregation).
 */
public enum AggregateMode {
    /** Input rows in, partial states out. */
    PARTIAL("partial_"),
    /** Partial states in, partial states out. */
    PARTIAL_MERGE("merge_"),
    /** Partial states in, results out. */
    FINAL(""),
    /** Input rows in, results out. */
    COMPLETE("");

    private final String prefix;

    AggregateMode(String prefix) {
        this.prefix = prefix;
    }

    /** Whether the function's input is partial states (merged) rather than its arguments (updated). */
    public boolean readsStates() {
        return this == PARTIAL_MERGE || this == FINAL;
    }

    /** Whether the function's output is its partial state rather than its result. */
    public boolean givesStates() {
        return this == PARTIAL || this == PARTIAL_MERGE;
    }

    /** Spark's prefix of the function in plan strings: {@code partial_sum(v#2L)}. */
    public String prefix() {
        return prefix;
    }
}
