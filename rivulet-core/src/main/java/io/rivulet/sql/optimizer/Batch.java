package io.rivulet.sql.optimizer;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Rules run together: each rule in turn over the whole plan, and the round repeated until the plan no longer
 * changes (a fixed point) or {@code maxIterations} rounds have run; once when {@code maxIterations} is 1.
 */
public record Batch(String name, int maxIterations, List<Rule> rules) {
    /** Spark's {@code spark.sql.optimizer.maxIterations}: rounds of a fixed-point batch before it stops as it is. */
    public static final int DEFAULT_MAX_ITERATIONS = 100;

    public Batch {
        requireNonNull(name, "name is null");
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be positive: " + maxIterations);
        }
        rules = List.copyOf(rules);
    }

    public static Batch once(String name, Rule... rules) {
        return new Batch(name, 1, List.of(rules));
    }

    public static Batch fixedPoint(String name, Rule... rules) {
        return new Batch(name, DEFAULT_MAX_ITERATIONS, List.of(rules));
    }
}
