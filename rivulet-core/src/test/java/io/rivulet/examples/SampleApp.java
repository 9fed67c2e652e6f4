package io.rivulet.examples;

import io.rivulet.JobFailedException;
import io.rivulet.Pair;
import io.rivulet.PairRDD;
import io.rivulet.RDD;
import io.rivulet.Rivulet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small application (in this package so that call sites point at its lines, as they would in a user's
 * program) that shows every part of the status pages: a word count (two stages and a shuffle),
 * persisted counts, a join that reuses the counts' shuffle (a skipped stage), a job that fails, and a
 * groupByKey that spills under a small memory budget ({@link #settings}).
 */
public final class SampleApp {
    public static final String[] WORDS = {"spark", "rdd", "stage", "task", "shuffle", "lineage", "block", "slot"};

    /** How many jobs {@link #run} starts: word count, join, count, the failing job, the grouping. */
    public static final int JOBS = 5;

    private SampleApp() {}

    /** A budget small enough for the grouping to spill, and a spill threshold to match. */
    public static Rivulet.Builder settings(Rivulet.Builder builder) {
        return builder.master("local[2]").executorMemory("2m").config("rivulet.memory.minSpillBytes", "4k");
    }

    /** Runs the jobs; returns the persisted counts, which stay cached while the caller holds them. */
    public static PairRDD<String, Long> run(Rivulet rv) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            lines.add(WORDS[i % WORDS.length] + " " + WORDS[(i * 7) % WORDS.length] + " " + WORDS[(i / 3) % 8]);
        }
        RDD<String> text = rv.parallelize(lines, 4).setName("lines");
        PairRDD<String, Long> counts = text.flatMap(line -> Arrays.asList(line.split(" ")))
                .mapToPair(word -> Pair.of(word, 1L))
                .reduceByKey(Long::sum)
                .cache();
        counts.collect();

        PairRDD<String, Integer> lengths =
                rv.parallelize(Arrays.asList(WORDS), 2).mapToPair(word -> Pair.of(word, word.length()));
        counts.join(lengths).mapValues(pair -> pair.key() * pair.value()).collect();
        counts.count();

        try {
            rv.range(0, 40, 1, 2)
                    .map(x -> {
                        if (x == 33) {
                            throw new IllegalStateException("bad record " + x);
                        }
                        return x;
                    })
                    .count();
        } catch (JobFailedException expected) {
            // shown as a failed job
        }

        rv.range(0, 100_000, 1, 2)
                .mapToPair(x -> Pair.of(x % 10, x))
                .groupByKey()
                .mapValues(values -> values.iterator().next())
                .count();
        return counts;
    }
}
