package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.AggregateFunction;

/**
 * The aggregate functions whose result does not depend on the order of their input (Spark's
 * {@code EliminateSorts.isOrderIrrelevantAggFunction}): min, max, count, and sum and average of anything but
 * floating point (floating-point addition is not associative).
 */
final class OrderIrrelevantAggregates {
    private OrderIrrelevantAggregates() {}

    static boolean accepts(AggregateFunction function) {
        return false; // to come with the expression package's aggregate functions
    }
}
