package io.rivulet.storage;

import io.rivulet.memory.SizeEstimator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Materializes a partition into a list while reserving storage memory for it step by step, as Spark's
 * memory store "unrolls" a block: a block is only known to fit once it is whole, and holding it unaccounted
 * meanwhile could exhaust the heap.
 *
 * <p>Sizes: the first {@value #EXACT} records are measured one by one with {@link SizeEstimator}, then one in
 * {@value #SAMPLE_EVERY}; the running average stands for the rest. When the estimate passes what is reserved,
 * it asks for half as much again. A refusal stops the unroll: the records read so far and the rest of the
 * source are then the caller's to stream or write to disk.
 */
final class Unroller {
    private static final int EXACT = 32;
    private static final int SAMPLE_EVERY = 16;
    private static final long LIST_SLOT = 4;
    private static final long FIRST_REQUEST = 16 * 1024;

    private final LongPredicate acquire;
    private final List<Object> records = new ArrayList<>();
    private long reserved;
    private double averageRecordBytes;
    private long measured;

    /** {@code acquire} reserves that many more bytes of storage memory, or returns false reserving nothing. */
    Unroller(LongPredicate acquire) {
        this.acquire = acquire;
    }

    /** Reads {@code source} whole into memory; false when memory ran out first (the source is then left part read). */
    boolean unroll(Iterator<?> source) {
        while (source.hasNext()) {
            Object record = source.next();
            records.add(record);
            int count = records.size();
            if (count <= EXACT || count % SAMPLE_EVERY == 0) {
                long size = SizeEstimator.estimate(record);
                measured++;
                averageRecordBytes += (size - averageRecordBytes) / Math.min(measured, 64);
            }
            long estimate = estimate();
            if (estimate > reserved && !reserve(Math.max(FIRST_REQUEST, estimate + estimate / 2) - reserved)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Trims the reservation to {@code exactBytes} (the whole block, measured once it is complete): gives back
     * the excess through {@code release}, or reserves the shortfall; false if that is refused.
     */
    boolean settle(long exactBytes, java.util.function.LongConsumer release) {
        if (exactBytes <= reserved) {
            release.accept(reserved - exactBytes);
            reserved = exactBytes;
            return true;
        }
        return reserve(exactBytes - reserved);
    }

    private boolean reserve(long bytes) {
        if (!acquire.test(bytes)) {
            return false;
        }
        reserved += bytes;
        return true;
    }

    private long estimate() {
        return 16 + (long) (records.size() * (averageRecordBytes + LIST_SLOT));
    }

    List<Object> records() {
        return records;
    }

    /** What is reserved now; the caller releases it or hands it to the stored block. */
    long reserved() {
        return reserved;
    }
}
