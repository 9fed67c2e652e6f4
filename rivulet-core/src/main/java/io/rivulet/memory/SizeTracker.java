package io.rivulet.memory;

/**
 * Keeps a running estimate of the bytes a growing collection holds without measuring every record: the
 * first records are all measured, then one in {@value #SAMPLE_INTERVAL}, and the average of the samples
 * (weighted towards recent ones, since combiners may grow) stands for the rest.
 */
public final class SizeTracker {
    private static final int EXACT_RECORDS = 64;
    private static final int SAMPLE_INTERVAL = 16;
    /** A hash map entry (node + table slot) or a list slot, beyond the record itself. */
    private final long overheadPerEntry;

    private long entries;
    private long operations;
    private double averageBytes;

    public SizeTracker(long overheadPerEntry) {
        this.overheadPerEntry = overheadPerEntry;
    }

    /** Notes an operation on {@code record}: a new entry when {@code isNew}, else an update in place. */
    public void record(Object record, boolean isNew) {
        record(record, null, isNew);
    }

    /** Notes an operation on an entry of {@code key} and {@code value} (measured only when sampled). */
    public void record(Object key, Object value, boolean isNew) {
        record(key, value, 0, isNew);
    }

    /**
     * Notes a combine into {@code map} on {@code key}'s entry. Primitive words never grow, so only new
     * entries are sampled, and a word weighs its share of the table rather than an object.
     */
    public void recordCombined(Object key, CombineMap<?, ?> map, boolean isNew) {
        if (map.combinersGrow()) {
            record(key, map.lastCombiner(), 0, isNew);
        } else if (isNew) {
            record(key, null, CombineMap.WORD_BYTES_PER_ENTRY, true);
        }
    }

    private void record(Object key, Object value, long extraBytes, boolean isNew) {
        if (isNew) {
            entries++;
        }
        operations++;
        if (operations <= EXACT_RECORDS || operations % SAMPLE_INTERVAL == 0) {
            long measured = SizeEstimator.estimate(key) + SizeEstimator.estimate(value) + extraBytes;
            averageBytes = operations <= EXACT_RECORDS
                    ? averageBytes + (measured - averageBytes) / operations
                    : averageBytes * 0.9 + measured * 0.1;
        }
    }

    public long estimatedBytes() {
        return estimatedBytes(entries);
    }

    /** What {@code entries} entries like the ones sampled weigh. */
    public long estimatedBytes(long entries) {
        return (long) (entries * (averageBytes + overheadPerEntry));
    }

    public long entries() {
        return entries;
    }

    /** After a spill: the collection is empty again, but the average still describes its records. */
    public void clear() {
        entries = 0;
    }
}
