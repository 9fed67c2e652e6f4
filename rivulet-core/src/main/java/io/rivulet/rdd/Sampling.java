package io.rivulet.rdd;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/** Per-partition samplers, seeded by the user's seed and the partition index so a seed gives one answer. */
public final class Sampling {
    private Sampling() {}

    public static SplittableRandom random(long seed, int partitionIndex) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + partitionIndex);
    }

    /** Keeps each element with probability {@code fraction} (sampling without replacement). */
    public static <T> Iterator<T> bernoulli(Iterator<T> source, double fraction, SplittableRandom random) {
        return new Iterator<>() {
            private T next;
            private boolean ready;

            @Override
            public boolean hasNext() {
                while (!ready && source.hasNext()) {
                    T candidate = source.next();
                    if (random.nextDouble() < fraction) {
                        next = candidate;
                        ready = true;
                    }
                }
                return ready;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                return next;
            }
        };
    }

    /** Emits each element a Poisson({@code fraction})-distributed number of times (with replacement). */
    public static <T> Iterator<T> poisson(Iterator<T> source, double fraction, SplittableRandom random) {
        return new Iterator<>() {
            private T current;
            private int copiesLeft;

            @Override
            public boolean hasNext() {
                while (copiesLeft == 0 && source.hasNext()) {
                    current = source.next();
                    copiesLeft = poissonDraw(fraction, random);
                }
                return copiesLeft > 0;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                copiesLeft--;
                return current;
            }
        };
    }

    /** Knuth's method, split into chunks so that large means do not underflow {@code exp(-mean)}. */
    static int poissonDraw(double mean, SplittableRandom random) {
        int count = 0;
        double remaining = mean;
        while (remaining > 0) {
            double chunk = Math.min(remaining, 30.0);
            remaining -= chunk;
            double limit = Math.exp(-chunk);
            double product = random.nextDouble();
            while (product > limit) {
                count++;
                product *= random.nextDouble();
            }
        }
        return count;
    }

    /**
     * A sampling fraction that yields at least {@code sampleSize} of {@code total} elements with high
     * probability (99.99%), as Spark's {@code SamplingUtils.computeFractionForSampleSize}.
     */
    public static double fractionForSampleSize(int sampleSize, long total, boolean withReplacement) {
        if (withReplacement) {
            int numStd = sampleSize < 6 ? 12 : (sampleSize < 16 ? 9 : 6);
            double fraction = (double) sampleSize / Math.max(total, 1);
            return Math.max(fraction + numStd * Math.sqrt(fraction / Math.max(total, 1)), 1e-10);
        }
        double delta = 1e-4;
        double fraction = (double) sampleSize / Math.max(total, 1);
        double gamma = -Math.log(delta) / Math.max(total, 1);
        return Math.min(1, Math.max(1e-10, fraction + gamma + Math.sqrt(gamma * gamma + 2 * gamma * fraction)));
    }
}
