package io.rivulet.task;

import java.util.Iterator;

/** What a result task does with its partition's iterator: count it, collect it, write it to a file. */
@FunctionalInterface
public interface TaskFunction<T, U> {
    U apply(TaskContext context, Iterator<T> partition) throws Exception;
}
