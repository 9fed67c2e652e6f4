package io.rivulet.memory;

import io.rivulet.Pair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.BinaryOperator;

/** K-way merging of sorted runs, and combining equal keys in a stream ordered by key hash. */
public final class Merging {
    private Merging() {}

    /** Orders pairs by their key's hash code (null keys hash to 0): equal keys end up adjacent in hash runs. */
    public static final Comparator<Pair<?, ?>> BY_KEY_HASH = Comparator.comparingInt(p -> hash(p.key()));

    public static int hash(Object key) {
        return key == null ? 0 : key.hashCode();
    }

    /** Merges runs each sorted by {@code order} into one sorted stream; ties keep run order. */
    public static <T> Iterator<T> mergeSorted(List<Iterator<T>> runs, Comparator<? super T> order) {
        if (runs.size() == 1) {
            return runs.get(0);
        }
        PriorityQueue<Head<T>> heads = new PriorityQueue<>((a, b) -> {
            int c = order.compare(a.value, b.value);
            return c != 0 ? c : Integer.compare(a.run, b.run);
        });
        for (int i = 0; i < runs.size(); i++) {
            Iterator<T> run = runs.get(i);
            if (run.hasNext()) {
                heads.add(new Head<>(run.next(), i, run));
            }
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public T next() {
                Head<T> head = heads.poll();
                if (head == null) {
                    throw new NoSuchElementException();
                }
                T value = head.value;
                if (head.source.hasNext()) {
                    heads.add(new Head<>(head.source.next(), head.run, head.source));
                }
                return value;
            }
        };
    }

    /**
     * Combines the values of equal keys in a stream ordered by key hash: for each hash, the few distinct keys
     * that share it are kept apart and each combined with {@code merge}.
     */
    public static <K, C> Iterator<Pair<K, C>> combineByHash(Iterator<Pair<K, C>> byHash, BinaryOperator<C> merge) {
        return new Iterator<>() {
            private final List<K> keys = new ArrayList<>();
            private final List<C> combined = new ArrayList<>();
            private int emitted;
            private Pair<K, C> lookahead = byHash.hasNext() ? byHash.next() : null;

            @Override
            public boolean hasNext() {
                if (emitted < keys.size()) {
                    return true;
                }
                keys.clear();
                combined.clear();
                emitted = 0;
                if (lookahead == null) {
                    return false;
                }
                int hash = hash(lookahead.key());
                while (lookahead != null && hash(lookahead.key()) == hash) {
                    add(lookahead);
                    lookahead = byHash.hasNext() ? byHash.next() : null;
                }
                return true;
            }

            private void add(Pair<K, C> record) {
                for (int i = 0; i < keys.size(); i++) {
                    if (Objects.equals(keys.get(i), record.key())) {
                        combined.set(i, merge.apply(combined.get(i), record.value()));
                        return;
                    }
                }
                keys.add(record.key());
                combined.add(record.value());
            }

            @Override
            public Pair<K, C> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int i = emitted++;
                return Pair.of(keys.get(i), combined.get(i));
            }
        };
    }

    private record Head<T>(T value, int run, Iterator<T> source) {}
}
