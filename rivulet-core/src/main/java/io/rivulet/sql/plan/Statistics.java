package io.rivulet.sql.plan;

import java.util.OptionalLong;

/**
 * An estimate of a plan's output: its size in bytes (what a broadcast would cost) and, when known, its rows.
 * Leaves say what they know (a local relation its exact size, a file source its file sizes); other nodes
 * estimate from their children, as Spark's size-only estimation does: a filter or a join keeps its input's
 * size (the upper bound), a projection scales it by the share of the columns it keeps, a limit caps the rows.
 *
 * @param sizeInBytes the estimated bytes; {@link Long#MAX_VALUE} when unknown (never broadcast)
 */
public record Statistics(long sizeInBytes, OptionalLong rowCount) {
    public static final Statistics UNKNOWN = new Statistics(Long.MAX_VALUE, OptionalLong.empty());

    public static Statistics ofBytes(long bytes) {
        return new Statistics(bytes, OptionalLong.empty());
    }

    /** The estimate of a node that does not give its own: its children's sizes added up, unknown if any is. */
    static Statistics estimate(LogicalPlan plan) {
        long total = 0;
        for (LogicalPlan child : plan.children()) {
            long size = child.statistics().sizeInBytes();
            if (size == Long.MAX_VALUE) {
                return UNKNOWN;
            }
            total = Math.addExact(total, size);
        }
        return plan.children().isEmpty() ? UNKNOWN : ofBytes(total);
    }
}
