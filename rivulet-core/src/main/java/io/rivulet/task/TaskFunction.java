package io.rivulet.task;

import java.io.Serializable;
import java.util.Iterator;

/**
 * What a result task does with its partition's iterator: count it, collect it, write it to a file.
 * Serializable, so that a cluster runner can ship it to the JVMs that run the tasks.
 */
@FunctionalInterface
public interface TaskFunction<T, U> extends Serializable {
    U apply(TaskContext context, Iterator<T> partition) throws Exception;
}
