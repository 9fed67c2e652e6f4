package io.rivulet;

import static io.rivulet.util.Checks.checkArgument;
import static io.rivulet.util.Checks.checkNotNull;

import io.rivulet.util.Orderings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Splits keys into ranges of about equal weight, so that partition i holds keys before those of i + 1
 * (after i + 1's, when descending): what {@code sortByKey} and {@code sortBy} shuffle with.
 *
 * <p>Making one runs a job that samples keys from every partition of the RDD (as Spark does, at once),
 * then chooses up to {@code partitions - 1} bounds from the sample; an empty RDD gives one partition.
 */
public final class RangePartitioner<K> extends Partitioner {
    private static final long serialVersionUID = 1L;
    private static final int SAMPLE_PER_PARTITION = 20;
    private static final int MAX_SAMPLE = 1_000_000;

    private final List<K> bounds;
    private final boolean ascending;
    private final Comparator<? super K> ordering;
    /** The bounds as longs when they are all Longs in natural order, else null: see {@link #getPartition}. */
    private final long[] longBounds;

    /** Samples {@code rdd}'s keys, ordered naturally with nulls first. */
    public RangePartitioner(int partitions, RDD<? extends Pair<K, ?>> rdd, boolean ascending) {
        this(partitions, rdd, ascending, Orderings.natural());
    }

    public RangePartitioner(
            int partitions, RDD<? extends Pair<K, ?>> rdd, boolean ascending, Comparator<? super K> ordering) {
        checkArgument(partitions >= 0, "number of partitions must not be negative: %s", partitions);
        checkNotNull(rdd, "rdd");
        this.ordering = checkNotNull(ordering, "ordering");
        this.ascending = ascending;
        this.bounds = partitions <= 1 ? List.of() : sampleBounds(partitions, rdd, ordering);
        this.longBounds = ordering == Orderings.natural() ? longsOrNull(bounds) : null;
    }

    private static long[] longsOrNull(List<?> bounds) {
        long[] longs = new long[bounds.size()];
        for (int i = 0; i < longs.length; i++) {
            if (!(bounds.get(i) instanceof Long bound)) {
                return null;
            }
            longs[i] = bound;
        }
        return longs;
    }

    private static <K> List<K> sampleBounds(
            int partitions, RDD<? extends Pair<K, ?>> rdd, Comparator<? super K> ordering) {
        int sampleSize = Math.min(SAMPLE_PER_PARTITION * partitions, MAX_SAMPLE);
        int perPartition = (int) Math.ceil(3.0 * sampleSize / Math.max(rdd.getNumPartitions(), 1));
        @SuppressWarnings("unchecked")
        RDD<Pair<K, ?>> pairs = (RDD<Pair<K, ?>>) rdd;
        List<Sample<K>> samples = pairs.mapPartitionsWithIndex((index, it) -> {
                    SplittableRandom random = new SplittableRandom(index * 0x9E3779B97F4A7C15L);
                    List<K> reservoir = new ArrayList<>(perPartition);
                    long seen = 0;
                    while (it.hasNext()) {
                        K key = it.next().key();
                        if (reservoir.size() < perPartition) {
                            reservoir.add(key);
                        } else {
                            long slot = random.nextLong(seen + 1);
                            if (slot < perPartition) {
                                reservoir.set((int) slot, key);
                            }
                        }
                        seen++;
                    }
                    return List.of(new Sample<>(seen, reservoir)).iterator();
                })
                .collect();
        List<Weighted<K>> candidates = new ArrayList<>();
        for (Sample<K> sample : samples) {
            if (!sample.keys.isEmpty()) {
                double weight = (double) sample.count / sample.keys.size();
                for (K key : sample.keys) {
                    candidates.add(new Weighted<>(key, weight));
                }
            }
        }
        return chooseBounds(candidates, partitions, ordering);
    }

    /** Bounds at equal steps of cumulative weight, skipping repeats so that every range is non-empty. */
    static <K> List<K> chooseBounds(List<Weighted<K>> candidates, int partitions, Comparator<? super K> ordering) {
        candidates.sort((a, b) -> ordering.compare(a.key, b.key));
        double total = 0;
        for (Weighted<K> candidate : candidates) {
            total += candidate.weight;
        }
        double step = total / partitions;
        List<K> bounds = new ArrayList<>();
        double cumulative = 0;
        double target = step;
        K previous = null;
        for (Weighted<K> candidate : candidates) {
            if (bounds.size() >= partitions - 1) {
                break;
            }
            cumulative += candidate.weight;
            if (cumulative >= target) {
                if (bounds.isEmpty() || ordering.compare(candidate.key, previous) > 0) {
                    bounds.add(candidate.key);
                    previous = candidate.key;
                    target += step;
                }
            }
        }
        return bounds;
    }

    @Override
    public int numPartitions() {
        return bounds.size() + 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public int getPartition(Object key) {
        if (longBounds != null && key instanceof Long number) {
            return partitionOf(number);
        }
        K k = (K) key;
        int low = 0;
        int high = bounds.size();
        // The first bound not less than the key: keys equal to a bound go to that bound's range.
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ordering.compare(bounds.get(mid), k) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return ascending ? low : bounds.size() - low;
    }

    /**
     * {@link #getPartition} without the comparator chain (nulls first, then compareTo of two boxes) for
     * each of log2(partitions) probes: sortByKey of Long keys spent a quarter of its map stage there.
     */
    private int partitionOf(long key) {
        int low = 0;
        int high = longBounds.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (longBounds[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return ascending ? low : longBounds.length - low;
    }

    /** The upper bounds of every range but the last, in ascending order. */
    public List<K> bounds() {
        return java.util.Collections.unmodifiableList(bounds);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RangePartitioner<?> that
                && that.ascending == ascending
                && that.bounds.equals(bounds)
                && that.ordering.equals(ordering);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bounds, ascending);
    }

    @Override
    public String toString() {
        return "RangePartitioner(" + numPartitions() + (ascending ? ", ascending" : ", descending") + ")";
    }

    record Weighted<K>(K key, double weight) {}

    private record Sample<K>(long count, List<K> keys) implements java.io.Serializable {}
}
