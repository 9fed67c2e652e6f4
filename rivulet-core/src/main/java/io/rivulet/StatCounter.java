package io.rivulet;

import java.util.Locale;

/**
 * The count, mean, variance, maximum and minimum of some numbers, computed in one pass and mergeable, as
 * Spark's {@code StatCounter}: what {@link DoubleRDD#stats()} returns. Immutable. Of no numbers: count 0,
 * mean and sum 0, variances NaN, max -infinity, min +infinity (as in Spark).
 */
public final class StatCounter implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final long count;
    private final double mean;
    /** The sum of squared differences from the mean (Welford's and Chan's algorithms). */
    private final double m2;

    private final double max;
    private final double min;

    private StatCounter(long count, double mean, double m2, double max, double min) {
        this.count = count;
        this.mean = mean;
        this.m2 = m2;
        this.max = max;
        this.min = min;
    }

    /** The statistics of no numbers. */
    public static StatCounter empty() {
        return new StatCounter(0, 0, 0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** The statistics of {@code values}. */
    public static StatCounter of(double... values) {
        StatCounter stats = empty();
        for (double value : values) {
            stats = stats.merge(value);
        }
        return stats;
    }

    /** These statistics with one more number. */
    public StatCounter merge(double value) {
        long n = count + 1;
        double delta = value - mean;
        double newMean = mean + delta / n;
        return new StatCounter(n, newMean, m2 + delta * (value - newMean), Math.max(max, value), Math.min(min, value));
    }

    /** The statistics of both sets of numbers. */
    public StatCounter merge(StatCounter other) {
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            return other;
        }
        long n = count + other.count;
        double delta = other.mean - mean;
        double newMean;
        if (other.count * 10 < count) {
            newMean = mean + delta * other.count / n;
        } else if (count * 10 < other.count) {
            newMean = other.mean - delta * count / n;
        } else {
            newMean = (mean * count + other.mean * other.count) / n;
        }
        double newM2 = m2 + other.m2 + delta * delta * count * other.count / n;
        return new StatCounter(n, newMean, newM2, Math.max(max, other.max), Math.min(min, other.min));
    }

    public long count() {
        return count;
    }

    public double mean() {
        return mean;
    }

    public double sum() {
        return count * mean;
    }

    public double max() {
        return max;
    }

    public double min() {
        return min;
    }

    /** The population variance (divided by the count); NaN of no numbers. */
    public double variance() {
        return count == 0 ? Double.NaN : m2 / count;
    }

    /** The sample variance (divided by the count less one); NaN of fewer than two numbers. */
    public double sampleVariance() {
        return count <= 1 ? Double.NaN : m2 / (count - 1);
    }

    /** The population standard deviation. */
    public double stdev() {
        return Math.sqrt(variance());
    }

    /** The sample standard deviation. */
    public double sampleStdev() {
        return Math.sqrt(sampleVariance());
    }

    /** {@code (count: 3, mean: 2.000000, stdev: 0.816497, max: 3.000000, min: 1.000000)}, as Spark prints it. */
    @Override
    public String toString() {
        return String.format(
                Locale.ROOT, "(count: %d, mean: %f, stdev: %f, max: %f, min: %f)", count, mean, stdev(), max, min);
    }
}
