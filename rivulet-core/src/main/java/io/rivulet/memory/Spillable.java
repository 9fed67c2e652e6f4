package io.rivulet.memory;

/**
 * A buffer that holds records in execution memory and writes them to disk when it cannot get more.
 *
 * <p>After each insertion a subclass calls {@link #maybeSpill()}. When the estimated size has outgrown the
 * memory granted so far, it asks for enough to double; if the grant still falls short, the buffer spills
 * and gives all its memory back. Buffers smaller than the memory manager's minimum spill size (256 KiB by
 * default) never spill, so a task with many tiny buffers does not write many tiny files.
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
