package io.rivulet.util;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

/** Natural ordering with nulls first, and bounded top-k selection. */
public final class Orderings {
    private Orderings() {}

    /**
     * Natural ordering of {@link Comparable} elements, nulls first (as Spark SQL's ascending default).
     * Comparing elements that are not Comparable fails with a message saying to pass a comparator.
     */
    @SuppressWarnings("unchecked")
    public static <T> Comparator<T> natural() {
        return (Comparator<T>) NATURAL;
    }

    /** {@link #natural()} reversed: nulls last. One instance, so that sorts can recognize it. */
    @SuppressWarnings("unchecked")
    public static <T> Comparator<T> naturalDescending() {
        return (Comparator<T>) NATURAL_DESCENDING;
    }

    /** {@code ordering} reversed, as the one {@link #naturalDescending()} instance for natural order. */
    @SuppressWarnings("unchecked")
    public static <T> Comparator<T> reversed(Comparator<T> ordering) {
        if (ordering == NATURAL) {
            return (Comparator<T>) NATURAL_DESCENDING;
        }
        if (ordering == NATURAL_DESCENDING) {
            return (Comparator<T>) NATURAL;
        }
        return ordering.reversed();
    }

    private static final Comparator<Object> NATURAL = NaturalOrder.ASCENDING;

    private static final Comparator<Object> NATURAL_DESCENDING = NaturalOrder.DESCENDING;

    /**
     * Natural order as an enum, so that it survives Java serialization (a cluster runner ships sort orders and
     * range partitioners to other JVMs) and stays the one instance there that {@code ==} recognizes.
     */
    private enum NaturalOrder implements Comparator<Object> {
        ASCENDING,
        DESCENDING;

        @Override
        public int compare(Object left, Object right) {
            int ascending = ascending(left, right);
            return this == ASCENDING ? ascending : -ascending;
        }

        @Override
        public Comparator<Object> reversed() {
            return this == ASCENDING ? DESCENDING : ASCENDING;
        }

        /** Nulls first, then {@code compareTo}. */
        private static int ascending(Object left, Object right) {
            if (left == null || right == null) {
                return left == null ? (right == null ? 0 : -1) : 1;
            }
            if (!(left instanceof Comparable<?>)) {
                throw new ClassCastException(
                        left.getClass().getName() + " is not Comparable: pass a Comparator to order these elements");
            }
            @SuppressWarnings("unchecked")
            Comparable<Object> comparable = (Comparable<Object>) left;
            return comparable.compareTo(right);
        }
    }

    /** The {@code n} smallest elements by {@code ordering}, smallest first; holds at most n + 1 at a time. */
    public static <T> List<T> smallest(Iterator<T> source, int n, Comparator<? super T> ordering) {
        if (n == 0) {
            return new ArrayList<>();
        }
        // Elements are boxed because a PriorityQueue rejects null, and elements may be null.
        PriorityQueue<Box<T>> largestOnTop =
                new PriorityQueue<>(Math.min(n, 1024) + 1, (a, b) -> ordering.compare(b.value, a.value));
        while (source.hasNext()) {
            T element = source.next();
            if (largestOnTop.size() < n) {
                largestOnTop.add(new Box<>(element));
            } else if (ordering.compare(element, largestOnTop.peek().value) < 0) {
                largestOnTop.poll();
                largestOnTop.add(new Box<>(element));
            }
        }
        List<T> result = new ArrayList<>(largestOnTop.size());
        for (Box<T> box : largestOnTop) {
            result.add(box.value);
        }
        result.sort(ordering);
        return result;
    }

    private record Box<T>(T value) {}
}
