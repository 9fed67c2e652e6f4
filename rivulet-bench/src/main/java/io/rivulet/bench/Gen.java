package io.rivulet.bench;

import java.io.Serializable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;

/**
 * The generated inputs of workloads 3 to 7, the same for every engine: element {@code i} of an input is a
 * pure function of {@code i} (SplitMix64's mixing function), so each partition generates its own range of
 * indices inside the job, with no file and no driver-side data.
 */
public final class Gen {
    private static final long REDUCE_KEY = 0x5EED_0001L;
    private static final long REDUCE_VALUE = 0x5EED_0002L;
    private static final long SORT_KEY = 0x5EED_0003L;
    private static final long GROUP_KEY = 0x5EED_0004L;
    private static final long GROUP_VALUE = 0x5EED_0005L;
    private static final long JOIN_KEY = 0x5EED_0006L;
    private static final long JOIN_VALUE = 0x5EED_0007L;
    private static final long EDGE = 0x5EED_0008L;

    private Gen() {}

    /** SplitMix64's finalizer: a bijection on longs that scatters every input bit. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long random(long i, long salt) {
        return mix64(i * 0x9E3779B97F4A7C15L + salt);
    }

    private static int below(long i, long salt, int bound) {
        return (int) Math.floorMod(random(i, salt), (long) bound);
    }

    /** A small value (below 2^16), so that sums of millions of them cannot overflow. */
    private static long small(long i, long salt) {
        return random(i, salt) & 0xFFFF;
    }

    public static int reduceKey(long i, int keys) {
        return below(i, REDUCE_KEY, keys);
    }

    public static long reduceValue(long i) {
        return small(i, REDUCE_VALUE);
    }

    public static long sortKey(long i) {
        return random(i, SORT_KEY);
    }

    public static int groupKey(long i, int keys) {
        return below(i, GROUP_KEY, keys);
    }

    public static long groupValue(long i) {
        return small(i, GROUP_VALUE);
    }

    /** The key of the left (large) side's row {@code i}; the right side has one row for each key. */
    public static int joinLeftKey(long i, int rightRows) {
        return below(i, JOIN_KEY, rightRows);
    }

    public static long joinLeftValue(long i) {
        return i;
    }

    public static long joinRightValue(long key) {
        return small(key, JOIN_VALUE);
    }

    /** Every node has the same number of out-links (edges ÷ nodes), to random targets. */
    public static int edgeSource(long e, int nodes) {
        return (int) (e % nodes);
    }

    public static int edgeTarget(long e, int nodes) {
        return below(e, EDGE, nodes);
    }

    /** Element {@code i} of a generated input; serializable, as engines ship it to their tasks. */
    @FunctionalInterface
    public interface Element<T> extends LongFunction<T>, Serializable {}

    /** The first index of partition {@code p} of {@code parts} over {@code n} elements. */
    public static long start(int p, int parts, long n) {
        return n * p / parts;
    }

    /** The elements {@code fn(i)} for {@code i} in {@code [from, to)}, generated as they are read. */
    public static <T> Iterator<T> iterator(long from, long to, LongFunction<T> fn) {
        return new Iterator<>() {
            private long next = from;

            @Override
            public boolean hasNext() {
                return next < to;
            }

            @Override
            public T next() {
                if (next >= to) {
                    throw new NoSuchElementException();
                }
                return fn.apply(next++);
            }
        };
    }
}
