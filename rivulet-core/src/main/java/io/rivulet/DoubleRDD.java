package io.rivulet;

import static io.rivulet.util.Checks.checkArgument;
import static io.rivulet.util.Checks.checkNotNull;

import io.rivulet.rdd.BaseRDD;
import java.util.Arrays;
import java.util.List;

/**
 * An RDD of {@code double}s with the numeric actions of Spark's {@code JavaDoubleRDD}: made by
 * {@link RDD#mapToDouble}. Each action runs one job; {@link #stats()} gives all the moments at once.
 */
public final class DoubleRDD extends RDD<Double> {
    DoubleRDD(Rivulet rivulet, BaseRDD<Double> node) {
        super(rivulet, node);
    }

    /** The count, mean, variance, maximum and minimum, in one job. */
    public StatCounter stats() {
        return aggregate(StatCounter.empty(), (stats, value) -> stats.merge(value.doubleValue()), StatCounter::merge);
    }

    /** The sum; 0 when empty. */
    public double sum() {
        return stats().sum();
    }

    /** The mean; 0 when empty (as in Spark). */
    public double mean() {
        return stats().mean();
    }

    /** The population variance; NaN when empty. */
    public double variance() {
        return stats().variance();
    }

    /** The sample variance (divided by n - 1); NaN with fewer than two elements. */
    public double sampleVariance() {
        return stats().sampleVariance();
    }

    /** The population standard deviation; NaN when empty. */
    public double stdev() {
        return stats().stdev();
    }

    /** The sample standard deviation; NaN with fewer than two elements. */
    public double sampleStdev() {
        return stats().sampleStdev();
    }

    /** The largest element; -infinity when empty. */
    public double max() {
        return stats().max();
    }

    /** The smallest element; +infinity when empty. */
    public double min() {
        return stats().min();
    }

    /**
     * {@code buckets} buckets evenly spaced between the minimum and the maximum, and how many elements fall in
     * each, as Spark's {@code histogram(int)}: the bucket boundaries (one more than the buckets; a single bucket
     * {@code [min, min]} when all elements are equal) and the counts. Each bucket holds its lower bound; the last
     * also its upper bound. An empty RDD, or one holding NaN or an infinity, is an error.
     */
    public Pair<double[], long[]> histogram(int buckets) {
        checkArgument(buckets > 0, "buckets must be positive: %s", buckets);
        StatCounter stats = stats();
        double min = stats.min();
        double max = stats.max();
        if (stats.count() == 0
                || Double.isNaN(min)
                || Double.isNaN(max)
                || Double.isInfinite(min)
                || Double.isInfinite(max)) {
            throw new UnsupportedOperationException(
                    "histogram on either an empty RDD or an RDD holding +/-infinity or NaN");
        }
        double[] bounds;
        if (min == max) {
            bounds = new double[] {min, min};
        } else {
            bounds = new double[buckets + 1];
            double width = (max - min) / buckets;
            for (int i = 0; i < buckets; i++) {
                bounds[i] = min + i * width;
            }
            bounds[buckets] = max;
        }
        return Pair.of(bounds, countInBuckets(bounds, true));
    }

    /**
     * How many elements fall in each bucket of {@code bounds} (sorted, at least two): bucket i holds
     * {@code bounds[i] <= x < bounds[i + 1]}, the last also its upper bound; elements outside and NaN are not
     * counted. As Spark's {@code histogram(double[])}.
     */
    public long[] histogram(double[] bounds) {
        checkNotNull(bounds, "bucket bounds");
        checkArgument(bounds.length >= 2, "at least two bucket bounds are needed: %s", Arrays.toString(bounds));
        for (int i = 1; i < bounds.length; i++) {
            checkArgument(bounds[i - 1] < bounds[i], "bucket bounds must increase: %s", Arrays.toString(bounds));
        }
        return countInBuckets(bounds.clone(), false);
    }

    private long[] countInBuckets(double[] bounds, boolean evenlySpaced) {
        int buckets = bounds.length - 1;
        List<long[]> counts = mapPartitions(values -> {
                    long[] partial = new long[buckets];
                    while (values.hasNext()) {
                        int bucket = bucketOf(bounds, values.next(), evenlySpaced);
                        if (bucket >= 0) {
                            partial[bucket]++;
                        }
                    }
                    return List.of(partial).iterator();
                })
                .collect();
        long[] total = new long[buckets];
        for (long[] partial : counts) {
            for (int i = 0; i < buckets; i++) {
                total[i] += partial[i];
            }
        }
        return total;
    }

    /** The bucket of {@code value}, or -1 when it is in none. */
    private static int bucketOf(double[] bounds, double value, boolean evenlySpaced) {
        int buckets = bounds.length - 1;
        if (Double.isNaN(value) || value < bounds[0] || value > bounds[buckets]) {
            return -1;
        }
        if (value == bounds[buckets]) {
            return buckets - 1;
        }
        if (evenlySpaced && bounds[0] != bounds[buckets]) {
            int bucket = (int) ((value - bounds[0]) / (bounds[buckets] - bounds[0]) * buckets);
            return Math.min(bucket, buckets - 1);
        }
        int found = Arrays.binarySearch(bounds, value);
        return found >= 0 ? Math.min(found, buckets - 1) : -found - 2;
    }
}
