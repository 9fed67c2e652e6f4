package io.rivulet.bench;

/**
 * A row of the DataFrame suite's aggregation input ({@link DfData#record}): what {@code createDataFrame} of
 * Java records reads in {@link Workload#DF_RECORDS_AGG}, and what the RDD of Java records cached for the
 * cached-size comparison of {@link Workload#DF_CACHED_AGG} holds.
 */
public record AggRecord(long l, int i, double d, String s) {}
