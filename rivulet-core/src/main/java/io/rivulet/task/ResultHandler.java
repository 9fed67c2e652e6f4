package io.rivulet.task;

/** Receives each result task's value on the job's own thread, so handlers need no synchronization. */
@FunctionalInterface
public interface ResultHandler<U> {
    void taskSucceeded(int outputIndex, U result);
}
