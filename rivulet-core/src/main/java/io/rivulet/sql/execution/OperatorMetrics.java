package io.rivulet.sql.execution;

/**
 * What one operator did in a query, summed over its partitions (each counted once, however many attempts
 * computed it).
 *
 * @param outputRows rows the operator gave
 * @param outputBatches batches the operator gave
 * @param elapsedNanos time spent in the operator's batch iterator, including the operators below it in the same
 *     stage (they run inside it, pulled batch by batch)
 * @param partitions partitions that reported
 */
public record OperatorMetrics(long outputRows, long outputBatches, long elapsedNanos, int partitions) {
    public static final OperatorMetrics NONE = new OperatorMetrics(0, 0, 0, 0);
}
