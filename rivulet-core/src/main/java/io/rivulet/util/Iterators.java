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
 * builds an intermediate collection.
 */
public final class Iterators {
    private Iterators() {}

    public static <T, R> Iterator<R> map(Iterator<T> source, Function<? super T, ? extends R> fn) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public R next() {
                T value = source.next();
                try {
                    return fn.call(value);
                } catch (Exception e) {
                    throw Sneaky.rethrow(e);
                }
            }
        };
    }

    public static <T> Iterator<T> filter(Iterator<T> source, Function<? super T, Boolean> predicate) {
        return new Iterator<>() {
            private T nextValue;
            private boolean ready;

            @Override
            public boolean hasNext() {
                while (!ready && source.hasNext()) {
                    T candidate = source.next();
                    boolean keep;
                    try {
                        keep = predicate.call(candidate);
                    } catch (Exception e) {
                        throw Sneaky.rethrow(e);
                    }
                    if (keep) {
                        nextValue = candidate;
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
                T value = nextValue;
                nextValue = null;
                return value;
            }
        };
    }

    public static <T, R> Iterator<R> flatMap(Iterator<T> source, FlatMapFunction<? super T, ? extends R> fn) {
        return new Iterator<>() {
            private Iterator<? extends R> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!source.hasNext()) {
                        return false;
                    }
                    Iterable<? extends R> results;
                    try {
                        results = fn.call(source.next());
                    } catch (Exception e) {
                        throw Sneaky.rethrow(e);
                    }
                    current = results == null ? java.util.Collections.emptyIterator() : results.iterator();
                }
                return true;
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
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
}
