package io.rivulet.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The workloads of the benchmark, suite by suite, in the order of the issues that define them. */
public enum Workload {
    STARTUP(Suite.RDD, "start, run a trivial job, stop"),
    WORDCOUNT(Suite.RDD, "word count: textFile, flatMap, mapToPair, reduceByKey, saveAsTextFile"),
    REDUCE_BY_KEY(Suite.RDD, "reduceByKey of (int, long) pairs"),
    SORT_BY_KEY(Suite.RDD, "sortByKey of random longs"),
    GROUP_BY_KEY(Suite.RDD, "groupByKey of (int, long) pairs"),
    JOIN(Suite.RDD, "join of (int, long) pairs"),
    PAGERANK(Suite.RDD, "PageRank, persisted co-partitioned links"),
    TAKE(Suite.RDD, "take(10) on the word file"),

    DF_SORT(Suite.DATAFRAME, "orderBy of xxhash64(id) over range(n), ordered checksum of the sorted rows"),
    DF_JOIN(Suite.DATAFRAME, "inner join on long keys, count and sums of the joined rows"),
    DF_GROUP_BY(Suite.DATAFRAME, "groupBy(k).agg(sum(v), count(*)) over long keys"),
    DF_CACHED_AGG(Suite.DATAFRAME, "cached (long, int, double, string): where i % 10 <> 0, groupBy(s), sum, avg, max"),
    DF_RECORDS_AGG(Suite.DATAFRAME, "the same from createDataFrame of a list of Java records"),
    DF_WORDCOUNT(Suite.DATAFRAME, "read().text, explode(split(value, ' ')), groupBy(word).count()"),

    CSV_COUNT(Suite.FILES, "read().csv of the 10-column file with its schema, count()"),
    CSV_FILTER_SUM(Suite.FILES, "the CSV file: where b < 100 (a tenth), sum(x), sum(a)"),
    CSV_PROJECT(Suite.FILES, "the CSV file: every column decoded, count, sums of numbers, lengths and days"),
    JSON_COUNT(Suite.FILES, "read().json of the same rows as JSON Lines with the schema, count()"),
    JSON_FILTER_SUM(Suite.FILES, "the JSON Lines file: where b < 100, sum(x), sum(a)"),
    JSON_PROJECT(Suite.FILES, "the JSON Lines file: every column decoded, count and sums");

    private final Suite suite;
    private final String description;

    Workload(Suite suite, String description) {
        this.suite = suite;
        this.description = description;
    }

    /** The name on the command line and in the results: {@code reduce-by-key}, {@code df-sort}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Suite suite() {
        return suite;
    }

    public String description() {
        return description;
    }

    /** Whether the job writes files whose contents are its answer (checked after the clock stops). */
    public boolean writesOutput() {
        return this == WORDCOUNT;
    }

    /** Whether the job reads the files suite's files (generated before the first run). */
    public boolean readsFiles() {
        return suite == Suite.FILES;
    }

    /** Whether the job reads the JSON Lines file (else the CSV file), for a workload of the files suite. */
    public boolean readsJson() {
        return this == JSON_COUNT || this == JSON_FILTER_SUM || this == JSON_PROJECT;
    }

    /** Whether the job reads the word file (generated before the first run). */
    public boolean readsWords() {
        return this == WORDCOUNT || this == TAKE || this == DF_WORDCOUNT;
    }

    public static Workload of(String id) {
        for (Workload workload : values()) {
            if (workload.id().equals(id)) {
                return workload;
            }
        }
        throw new IllegalArgumentException("unknown workload: " + id + "; expected one of "
                + Arrays.stream(values()).map(Workload::id).collect(Collectors.joining(", ")));
    }
}
