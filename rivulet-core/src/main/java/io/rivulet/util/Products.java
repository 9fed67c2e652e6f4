package io.rivulet.util;

import io.rivulet.Pair;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Lazy views for joins: the pairs of two groups of values and a group's values as optionals are produced
 * one at a time as they are iterated, never built as lists, so a key with millions of values on one side
 * joins in constant memory (the other side is iterated again for each value).
 */
public final class Products {
    private Products() {}

    /** Every (a, b) with a from {@code left} and b from {@code right}, left-major. */
    public static <A, B> Iterable<Pair<A, B>> pairs(Iterable<A> left, Iterable<B> right) {
        return () -> new Iterator<>() {
            private final Iterator<A> outer = left.iterator();
            private Iterator<B> inner = Collections.emptyIterator();
            private A current;

            @Override
            public boolean hasNext() {
                while (!inner.hasNext()) {
                    if (!outer.hasNext()) {
                        return false;
                    }
                    current = outer.next();
                    inner = right.iterator();
                }
                return true;
            }

            @Override
            public Pair<A, B> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return Pair.of(current, inner.next());
            }
        };
    }

    /**
     * The values of {@code key} as present optionals, or one empty optional when there are none (an outer
     * join's missing side). A null value fails, naming the key, the join and the side: an {@link Optional}
     * cannot hold null, and reading it as empty would make a key matched to a null value look like a key with
     * no match (Spark's Java API fails on it too).
     *
     * @param join the operation, for the message ({@code leftOuterJoin})
     * @param side {@code left} or {@code right}
     */
    public static <X> Iterable<Optional<X>> optionals(Object key, Iterable<X> values, String join, String side) {
        return () -> {
            Iterator<X> it = values.iterator();
            if (!it.hasNext()) {
                return List.of(Optional.<X>empty()).iterator();
            }
            return Iterators.map(it, value -> {
                if (value == null) {
                    throw new NullPointerException(join + ": key " + key + " has a null value on the " + side
                            + " side, which the result's Optional cannot hold (it would read as no match); map"
                            + " nulls to a value of your own before the join, or use cogroup");
                }
                return Optional.of(value);
            });
        };
    }
}
