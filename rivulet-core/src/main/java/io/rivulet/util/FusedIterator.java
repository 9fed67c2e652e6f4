package io.rivulet.util;

import io.rivulet.function.FlatMapFunction;
import io.rivulet.function.Function;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A run of per-element operations (map, filter, flatMap) applied to a source iterator in one loop.
 *
 * <p>Why: wrapping one iterator around another per transformation makes {@code hasNext()} recurse once per
 * transformation, so an iterative job of 10,000 {@code map}s overflows the task thread's stack. Here the
 * operations are a list that {@link #hasNext()} applies to each element in a loop; a flatMap's results are
 * kept on an explicit stack of iterators (one level per flatMap, at most), so the call depth stays constant
 * however many operations are fused.
 *
 * <p>How it is used: {@link Iterators#map}, {@link Iterators#filter} and {@link Iterators#flatMap} call
 * {@link #then}. Given a fused iterator that has not been read yet, {@code then} returns a new one with the
 * operation appended (in O(1): the operations are a persistent linked list until first read) and retires the
 * old one, which its caller handed over and must not read any more (as with any iterator adapter). Given any
 * other iterator, it starts a new run.
 *
 * <p>Not thread-safe, as iterators are not.
 */
final class FusedIterator<T> implements Iterator<T> {
    /** One per-element operation. */
    sealed interface Op permits MapOp, FilterOp, FlatMapOp {}

    record MapOp(Function<Object, Object> fn) implements Op {}

    record FilterOp(Function<Object, Boolean> predicate) implements Op {}

    record FlatMapOp(FlatMapFunction<Object, Object> fn) implements Op {}

    /** The operations, newest first, until the first read turns them into an array. */
    private record OpNode(Op op, OpNode previous, int count) {}

    private final Iterator<?> source;
    private final OpNode opList;
    private Op[] ops;
    private boolean retired;
    /** flatMap results still to drain: {@code pending[i]}'s elements continue at operation {@code resume[i]}. */
    private Iterator<?>[] pending;

    private int[] resume;
    private int depth;
    private Object nextValue;
    private boolean ready;

    private FusedIterator(Iterator<?> source, OpNode opList) {
        this.source = source;
        this.opList = opList;
    }

    /** {@code source} followed by {@code op}, fused into {@code source}'s run when it has not been read. */
    @SuppressWarnings("unchecked")
    static <R> Iterator<R> then(Iterator<?> source, Op op) {
        if (source instanceof FusedIterator<?> fused && fused.ops == null && !fused.retired) {
            fused.retired = true;
            return new FusedIterator<>(fused.source, new OpNode(op, fused.opList, fused.opList.count + 1));
        }
        return new FusedIterator<>(source, new OpNode(op, null, 1));
    }

    /** How many operations this run applies (for tests). */
    int operationCount() {
        return opList.count;
    }

    @Override
    public boolean hasNext() {
        if (ready) {
            return true;
        }
        if (ops == null) {
            start();
        }
        try {
            return advance();
        } catch (Exception e) {
            throw Sneaky.rethrow(e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ready = false;
        Object value = nextValue;
        nextValue = null;
        return (T) value;
    }

    private void start() {
        if (retired) {
            throw new IllegalStateException(
                    "this iterator was handed to a further map, filter or flatMap; read that one");
        }
        ops = new Op[opList.count];
        int flatMaps = 0;
        for (OpNode node = opList; node != null; node = node.previous) {
            ops[node.count - 1] = node.op;
            if (node.op instanceof FlatMapOp) {
                flatMaps++;
            }
        }
        pending = new Iterator<?>[flatMaps];
        resume = new int[flatMaps];
    }

    /** Finds the next element that passes every operation; false when the source and all pending are done. */
    private boolean advance() throws Exception {
        while (true) {
            Iterator<?> from;
            int firstOp;
            if (depth > 0) {
                from = pending[depth - 1];
                firstOp = resume[depth - 1];
                if (!from.hasNext()) {
                    pending[--depth] = null;
                    continue;
                }
            } else {
                if (!source.hasNext()) {
                    return false;
                }
                from = source;
                firstOp = 0;
            }
            if (apply(from.next(), firstOp)) {
                return true;
            }
        }
    }

    /** Applies operations {@code firstOp...} to {@code value}; true when it came out as the next element. */
    private boolean apply(Object value, int firstOp) throws Exception {
        Object current = value;
        for (int i = firstOp; i < ops.length; i++) {
            Op op = ops[i];
            if (op instanceof MapOp map) {
                current = map.fn.call(current);
            } else if (op instanceof FilterOp filter) {
                if (!filter.predicate.call(current)) {
                    return false;
                }
            } else {
                Iterable<?> results = ((FlatMapOp) op).fn.call(current);
                pending[depth] = results == null ? Collections.emptyIterator() : results.iterator();
                resume[depth] = i + 1;
                depth++;
                return false; // the loop in advance() drains the results through the remaining operations
            }
        }
        nextValue = current;
        ready = true;
        return true;
    }
}
