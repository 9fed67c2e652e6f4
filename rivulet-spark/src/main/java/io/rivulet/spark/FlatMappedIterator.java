package io.rivulet.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** An iterator over the elements of the iterators a function gives for each element of another, lazily. */
final class FlatMappedIterator implements Iterator<Object> {
    private final Iterator<Object> source;
    private final Function<Object, Iterator<Object>> function;
    private Iterator<Object> current = Collections.emptyIterator();

    FlatMappedIterator(Iterator<Object> source, Function<Object, Iterator<Object>> function) {
        this.source = source;
        this.function = function;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (!source.hasNext()) {
                return false;
            }
            current = function.apply(source.next());
        }
        return true;
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }
}
