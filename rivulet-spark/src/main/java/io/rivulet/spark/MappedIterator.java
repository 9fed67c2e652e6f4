package io.rivulet.spark;

import java.util.Iterator;
import java.util.function.Function;

/** An iterator applying a function to each element of another, lazily. */
final class MappedIterator implements Iterator<Object> {
    private final Iterator<Object> source;
    private final Function<Object, Object> function;

    MappedIterator(Iterator<Object> source, Function<Object, Object> function) {
        this.source = source;
        this.function = function;
    }

    @Override
    public boolean hasNext() {
        return source.hasNext();
    }

    @Override
    public Object next() {
        return function.apply(source.next());
    }
}
