package io.rivulet.sql.execution.aggregate;

import io.rivulet.memory.TaskMemory;

/**
 * The execution memory one buffer of an operator holds, for buffers that do something else than spill when the
 * task cannot get more: a partial aggregation emits what it has and starts over, a hash join's build side turns
 * into a sort-merge join. As {@link io.rivulet.memory.Spillable} does, a buffer asks for enough to double when
 * it outgrows its grant, and buffers under {@code rivulet.memory.minSpillBytes} always fit, so that tiny buffers
 * never give up. Buffers that do spill to disk use {@link SpillingMemory}, which reports the spill.
 */
public final class MemoryGrant implements AutoCloseable {
    private final TaskMemory memory;
    private final long minBytes;
    private long granted;

    MemoryGrant(TaskMemory memory, long minBytes) {
        this.memory = memory;
        this.minBytes = minBytes;
    }

    /** Whether a buffer of {@code bytes} fits in the grant, after asking for more if it did not. */
    public boolean fits(long bytes) {
        if (bytes <= granted || bytes < minBytes) {
            return true;
        }
        granted += memory.acquire(2 * bytes - granted);
        return bytes <= granted;
    }

    public long granted() {
        return granted;
    }

    /** Gives the whole grant back; the grant may be used again after. */
    @Override
    public void close() {
        if (granted > 0) {
            memory.release(granted);
            granted = 0;
        }
    }
}
