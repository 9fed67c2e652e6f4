package io.rivulet.util;

import io.rivulet.function.FlatMapFunction;
import io.rivulet.function.Function;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Lazy iterator combinators. Every narrow transformation is one of these wrapped around its parent's
 * iterator, so that a task pulls one element at a time through the whole chain (depth-first) and never
 * builds an intermediate collection. Per-element ones ({@link #map}, {@link #filter}, {@link #flatMap}) fuse
 * into one {@link FusedIterator}, so the stack stays shallow however long the chain.
 */
public final class Iterators {
    private Iterators() {}

    /**
     * {@code fn} applied to each element. Like {@link #filter} and {@link #flatMap}, this fuses with the
     * operations already applied to {@code source} when it has not been read yet (see {@link FusedIterator}),
     * so that a chain of any length runs in constant stack depth. {@code source} is handed over: read the
     * result, not it.
     */
    @SuppressWarnings("unchecked")
    public static <T, R> Iterator<R> map(Iterator<T> source, Function<? super T, ? extends R> fn) {
        return FusedIterator.then(source, new FusedIterator.MapOp((Function<Object, Object>) fn));
    }

    /** The elements for which {@code predicate} is true; fuses like {@link #map}. */
    @SuppressWarnings("unchecked")
    public static <T> Iterator<T> filter(Iterator<T> source, Function<? super T, Boolean> predicate) {
        return FusedIterator.then(source, new FusedIterator.FilterOp((Function<Object, Boolean>) predicate));
    }

    /** The elements of every iterable {@code fn} returns (null counts as empty); fuses like {@link #map}. */
    @SuppressWarnings("unchecked")
    public static <T, R> Iterator<R> flatMap(Iterator<T> source, FlatMapFunction<? super T, ? extends R> fn) {
        return FusedIterator.then(source, new FusedIterator.FlatMapOp((FlatMapFunction<Object, Object>) fn));
    }

    /** Concatenates lazily: each source iterator is asked for only after the previous one ended. */
    public static <T> Iterator<T> concat(Iterator<? extends Iterator<? extends T>> sources) {
        return new Iterator<>() {
            private Iterator<? extends T> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!sources.hasNext()) {
                        return false;
                    }
                    current = sources.next();
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** At most {@code limit} elements; stops pulling from {@code source} once they are taken. */
    public static <T> Iterator<T> limit(Iterator<T> source, long limit) {
        return new Iterator<>() {
            private long remaining = limit;

            @Override
            public boolean hasNext() {
                return remaining > 0 && source.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                remaining--;
                return source.next();
            }
        };
    }

    public static <T> List<T> toList(Iterator<? extends T> source) {
        List<T> list = new ArrayList<>();
        source.forEachRemaining(list::add);
        return list;
    }

    public static long count(Iterator<?> source) {
        long count = 0;
        while (source.hasNext()) {
            source.next();
            count++;
        }
        return count;
    }

    /**
     * {@code iterator} as an {@link Iterable} that can be iterated once: for functions that return an iterator
     * (Spark 2's style) where an {@code Iterable} is expected. A second iteration is a bug, and says so.
     */
    @SuppressWarnings("unchecked") // an iterator of a subtype is only read
    public static <T> Iterable<T> once(Iterator<? extends T> iterator) {
        java.util.concurrent.atomic.AtomicBoolean used = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (used.getAndSet(true)) {
                throw new IllegalStateException("an iterator returned by a function can be read only once");
            }
            return (Iterator<T>) iterator;
        };
    }
}
