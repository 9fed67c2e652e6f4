package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

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
    private final Map<Object, Object> states = new IdentityHashMap<>();

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

    /**
     * The running state of a nondeterministic node in this task ({@code rand}'s generator), made by {@code init} on
     * first use: kept by the node's identity, so that it carries on from batch to batch of the partition.
     */
    @SuppressWarnings("unchecked")
    public <T> T state(Object node, Supplier<T> init) {
        return (T) states.computeIfAbsent(node, k -> init.get());
    }

    /** The operator calls this after each batch it evaluated. */
    public void advance(int rows) {
        rowsBefore += rows;
    }
}
