package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;

/**
 * What evaluation needs beyond the batch: the session's time zone ({@code rivulet.sql.session.timeZone}),
 * ANSI mode ({@code rivulet.sql.ansi.enabled}), and for the nondeterministic functions the partition being
 * computed ({@code rand(seed)} seeds per partition, {@code monotonically_increasing_id} puts it in the high
 * bits) and where in it the batch starts. One per task and operator; not thread-safe.
 */
public final class EvalContext {
    private final ZoneId timeZone;
    private final boolean ansi;
    private final int partitionIndex;
    private long rowsBefore;

    public EvalContext(ZoneId timeZone, boolean ansi, int partitionIndex) {
        this.timeZone = requireNonNull(timeZone, "timeZone is null");
        this.ansi = ansi;
        this.partitionIndex = partitionIndex;
    }

    /** For evaluating constants while planning (constant folding): partition 0, nothing before. */
    public static EvalContext forPlanning(ZoneId timeZone, boolean ansi) {
        return new EvalContext(timeZone, ansi, 0);
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    public boolean ansi() {
        return ansi;
    }

    public int partitionIndex() {
        return partitionIndex;
    }

    /** Rows of this partition that earlier batches held (for {@code monotonically_increasing_id}). */
    public long rowsBefore() {
        return rowsBefore;
    }

    /** The operator calls this after each batch it evaluated. */
    public void advance(int rows) {
        rowsBefore += rows;
    }
}
