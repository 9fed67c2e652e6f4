package io.rivulet.task;

/**
 * A task could not read its shuffle input: a map output it was handed is missing. Not the task's fault:
 * the scheduler recomputes the lost output from lineage instead of counting a failure. The shuffle layer's
 * exception implements this, so that the task layer, below the shuffle, can hold it on the context.
 */
public interface FetchFailure {
    int shuffleId();

    int mapId();

    /** What ends the task. */
    RuntimeException exception();
}
