package io.rivulet.memory;

/**
 * A buffer that holds records in execution memory and writes them to disk when it cannot get more.
 *
 * <p>After each insertion a subclass calls {@link #maybeSpill()}. When the estimated size has outgrown the
 * memory granted so far, it asks for enough to double; if the grant still falls short, the buffer spills
 * and gives all its memory back. Buffers smaller than the memory manager's minimum spill size (between 256 KiB
 * and 4 MiB by default, a quarter of a slot's share of the budget) never spill, so that every spill is worth a
 * file: a task that other tasks' buffers leave no memory writes a few files of megabytes, not thousands of
 * tiny ones.
 */
public abstract class Spillable {
    protected final TaskMemory memory;
    protected final SizeTracker size;
    private final String what;
    private long granted;
    private int spills;

    protected Spillable(TaskMemory memory, String what, long overheadPerEntry) {
        this.memory = memory;
        this.what = what;
        this.size = new SizeTracker(overheadPerEntry);
    }

    protected final void maybeSpill() {
        long estimate = estimatedBytes();
        if (estimate <= granted || estimate < memory.minSpillBytes()) {
            return;
        }
        granted += memory.acquire(2 * estimate - granted);
        if (estimate > granted) {
            spillAndRelease(String.format(
                    "%s of about %d bytes outgrew the %d bytes of execution memory the task could get",
                    what, estimate, granted));
        }
    }

    /**
     * Takes over memory the task already holds for records that move into this buffer (a hash map turning
     * into a sorter, say), so that the move itself does not spill: without it the new buffer starts with
     * nothing while the old one still holds the task's whole share, and spills at every step of the move.
     */
    final void adoptGrant(long bytes) {
        granted += bytes;
    }

    /** The bytes the buffer holds now: by default the {@link SizeTracker}'s estimate. */
    protected long estimatedBytes() {
        return size.estimatedBytes();
    }

    /** Spills, reports the spill, and gives the buffer's memory back. */
    protected final void spillAndRelease(String cause) {
        long[] written = spill();
        spills++;
        memory.reportSpill(what, written[0], written[1], cause);
        size.clear();
        releaseMemory();
    }

    /** Writes the buffer to disk and empties it; returns {records, bytes} written. */
    protected abstract long[] spill();

    protected final int spillCount() {
        return spills;
    }

    /** Gives back the memory granted; call when the buffer is no longer needed. */
    protected final void releaseMemory() {
        if (granted > 0) {
            memory.release(granted);
            granted = 0;
        }
    }
}
