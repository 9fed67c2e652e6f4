package io.rivulet.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The workloads of the benchmark, in the order of the issue that defines them. */
public enum Workload {
    STARTUP("start, run a trivial job, stop"),
    WORDCOUNT("word count: textFile, flatMap, mapToPair, reduceByKey, saveAsTextFile"),
    REDUCE_BY_KEY("reduceByKey of (int, long) pairs"),
    SORT_BY_KEY("sortByKey of random longs"),
    GROUP_BY_KEY("groupByKey of (int, long) pairs"),
    JOIN("join of (int, long) pairs"),
    PAGERANK("PageRank, persisted co-partitioned links"),
    TAKE("take(10) on the word file");

    private final String description;

    Workload(String description) {
        this.description = description;
    }

    /** The name on the command line and in the results: {@code reduce-by-key}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String description() {
        return description;
    }

    /** Whether the job writes files whose contents are its answer (checked after the clock stops). */
    public boolean writesOutput() {
        return this == WORDCOUNT;
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
