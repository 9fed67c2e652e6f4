package io.rivulet.sql.execution.aggregate;

import io.rivulet.memory.Spillable;
import io.rivulet.memory.TaskMemory;

/**
 * The execution memory of an operator's buffer that spills to disk: the buffer says its size after each batch
 * ({@link #update}); when the task cannot get memory for it, {@code spill} writes the buffer out and empties it,
 * the spill is reported (task metrics, the listeners' {@code onSpill}) and the memory given back: the RDD
 * layer's {@link Spillable} policy, for buffers of column batches.
 */
public final class SpillingMemory extends Spillable implements AutoCloseable {
    /** Writes the buffer to disk and empties it; returns {rows, bytes} written. */
    @FunctionalInterface
    public interface Spill {
        long[] spill();
    }

    private final Spill spill;
    private long bytes;

    public SpillingMemory(TaskMemory memory, String what, Spill spill) {
        super(memory, what, 0);
        this.spill = spill;
    }

    /** Notes the buffer's size; returns true if it did not fit and was spilled (it is empty then). */
    public boolean update(long estimatedBytes) {
        this.bytes = estimatedBytes;
        int before = spillCount();
        maybeSpill();
        return spillCount() != before;
    }

    /** Spills now, whatever the memory: for a buffer that must go to disk before another can grow. */
    public void forceSpill(String cause) {
        if (bytes > 0) {
            spillAndRelease(cause);
        }
    }

    public int spills() {
        return spillCount();
    }

    @Override
    protected long estimatedBytes() {
        return bytes;
    }

    @Override
    protected long[] spill() {
        long[] written = spill.spill();
        bytes = 0;
        return written;
    }

    @Override
    public void close() {
        releaseMemory();
    }
}
