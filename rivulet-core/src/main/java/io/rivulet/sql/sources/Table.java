package io.rivulet.sql.sources;

import io.rivulet.sql.types.StructType;

/**
 * Data a source can read: its schema, what it weighs, and scans of it. Immutable; one table may be scanned
 * by several jobs at once.
 */
public interface Table {
    /** How {@code explain} names it: {@code json [/data/people.jsonl]}. */
    String description();

    /** Every column of the table (partition columns of a directory tree included, last). */
    StructType schema();

    /** The bytes of the whole table (file sizes, say), for join planning; {@link Long#MAX_VALUE} when unknown. */
    default long estimatedSizeInBytes() {
        return Long.MAX_VALUE;
    }

    /**
     * A scan that reads the columns {@code request} names (only those are decoded) and may apply some of its
     * filters while reading; it says which ({@link Scan#pushedFilters()}) and which the engine must still apply.
     */
    Scan scan(ScanRequest request);
}
