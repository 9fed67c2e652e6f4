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
     * The values as present optionals, or one empty optional when there are none (an outer join's missing
     * side). A null value reads as empty: {@link Optional} cannot hold null.
     */
    public static <X> Iterable<Optional<X>> optionals(Iterable<X> values) {
        return () -> {
            Iterator<X> it = values.iterator();
            if (!it.hasNext()) {
                return List.of(Optional.<X>empty()).iterator();
            }
            return Iterators.map(it, Optional::ofNullable);
        };
    }
}
