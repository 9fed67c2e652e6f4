package io.rivulet.proof;

import io.rivulet.JobListener;
import io.rivulet.Pair;
import io.rivulet.PairRDD;
import io.rivulet.Rivulet;
import io.rivulet.StageInfo;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The memory-bound proofs of the memory issue, one per run, meant for a JVM started with {@code -Xmx512m}
 * (see {@link MemoryProofTest}): each works on data many times larger than its 256 MiB budget, checks its
 * answer, and prints {@code OK <workload> spilled=<bytes> seconds=<s>} or exits non-zero.
 *
 * <p>Data is generated inside the tasks from {@code range} and a mixing function, never held by the driver.
 */
public final class MemoryProofs {
    private MemoryProofs() {}

    public static void main(String[] args) {
        String workload = args[0];
        long scale = args.length > 1 ? Long.parseLong(args[1]) : 1;
        long start = System.nanoTime();
        AtomicLong spilled = new AtomicLong();
        try (Rivulet rv = Rivulet.builder()
                .master("local[2]")
                .appName("proof-" + workload)
                .executorMemory("256m")
                .build()) {
            rv.addListener(new JobListener() {
                @Override
                public void onStageCompleted(StageInfo stage) {
                    spilled.addAndGet(stage.metrics().spilledBytes());
                }
            });
            switch (workload) {
                case "sortByKey" -> sortByKey(rv, 20_000_000 / scale);
                case "reduceByKey" -> reduceByKey(rv, 20_000_000 / scale);
                case "groupByKey" -> groupByKeyHotKey(rv, 10_000_000 / scale);
                case "join" -> skewedJoin(rv, 10_000_000 / scale);
                default -> throw new IllegalArgumentException("unknown workload " + workload);
            }
        }
        if (spilled.get() == 0) {
            throw new AssertionError(workload + " reported no spilled bytes");
        }
        System.out.printf(
                "OK %s spilled=%d seconds=%.1f%n", workload, spilled.get(), (System.nanoTime() - start) / 1e9);
    }

    /** A bijection on longs (SplitMix64's finalizer): distinct inputs give distinct, random-looking keys. */
    static long mix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static void sortByKey(Rivulet rv, long n) {
        PairRDD<Long, Boolean> sorted = rv.range(0, n, 1, 8)
                .mapToPair(i -> Pair.of(mix(i), Boolean.TRUE))
                .sortByKey(true, 8);
        // Per partition: count, first key, last key, and whether it is in order; never collected whole.
        List<long[]> parts = sorted.mapPartitions((Iterator<Pair<Long, Boolean>> it) -> {
                    long count = 0;
                    long first = 0;
                    long previous = Long.MIN_VALUE;
                    boolean ordered = true;
                    while (it.hasNext()) {
                        long key = it.next().key();
                        if (count == 0) {
                            first = key;
                        } else if (key < previous) {
                            ordered = false;
                        }
                        previous = key;
                        count++;
                    }
                    return List.of(new long[] {count, first, previous, ordered ? 1 : 0})
                            .iterator();
                })
                .collect();
        long total = 0;
        long lastOfPrevious = Long.MIN_VALUE;
        for (long[] part : parts) {
            check(part[3] == 1, "a partition is out of order");
            if (part[0] > 0) {
                check(part[1] >= lastOfPrevious, "partitions overlap");
                lastOfPrevious = part[2];
            }
            total += part[0];
        }
        check(total == n, "sorted " + total + " keys, expected " + n);
    }

    static void reduceByKey(Rivulet rv, long n) {
        PairRDD<Long, Long> counts =
                rv.range(0, n, 1, 8).mapToPair(i -> Pair.of(mix(i), 1L)).reduceByKey(Long::sum, 8);
        long[] countAndSum = counts.aggregate(
                new long[2],
                (acc, pair) -> {
                    acc[0]++;
                    acc[1] += pair.value();
                    return acc;
                },
                (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        check(countAndSum[0] == n, "distinct keys " + countAndSum[0] + ", expected " + n);
        check(countAndSum[1] == n, "sum of counts " + countAndSum[1] + ", expected " + n);
    }

    static void groupByKeyHotKey(Rivulet rv, long hotValues) {
        long cold = hotValues / 10;
        List<long[]> groups = new ArrayList<>();
        rv.range(0, hotValues + cold, 1, 8)
                .mapToPair(i -> Pair.of(i < hotValues ? "hot" : "cold-" + i, i))
                .groupByKey(4)
                .map(group -> {
                    long count = 0;
                    long sum = 0;
                    for (long value : group.value()) {
                        count++;
                        sum += value;
                    }
                    return new long[] {group.key().equals("hot") ? 1 : 0, count, sum};
                })
                .filter(summary -> summary[0] == 1 || summary[1] != 1)
                .collect()
                .forEach(groups::add);
        check(groups.size() == 1, "expected only the hot key to have many values, got " + groups.size() + " groups");
        check(groups.get(0)[1] == hotValues, "hot key has " + groups.get(0)[1] + " values, expected " + hotValues);
        check(groups.get(0)[2] == hotValues * (hotValues - 1) / 2, "hot key's values sum wrongly");
    }

    static void skewedJoin(Rivulet rv, long n) {
        // Left: half the rows on key 0 (the skewed key), the rest on distinct odd keys; right: one row per key.
        PairRDD<Long, Long> left = rv.range(0, n, 1, 8).mapToPair(i -> Pair.of(i % 2 == 0 ? 0L : i, i));
        PairRDD<Long, Long> right = rv.range(0, n, 1, 8).mapToPair(i -> Pair.of(i, -i));
        long joined = left.join(right, 8).count();
        check(joined == n, "join gave " + joined + " rows, expected " + n);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
