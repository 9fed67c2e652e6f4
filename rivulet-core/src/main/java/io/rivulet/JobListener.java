package io.rivulet;

/**
 * Receives scheduler events. Events are delivered one at a time (never concurrently to one listener), in
 * the order they happened within a job; a listener that throws is logged and otherwise ignored.
 * Keep listeners quick: they run on the job's scheduling thread.
 */
public interface JobListener {
    default void onJobStart(JobInfo job) {}

    default void onJobEnd(JobInfo job) {}

    default void onStageSubmitted(StageInfo stage) {}

    /** A completed or failed stage; a stage skipped because its output already exists reports nothing. */
    default void onStageCompleted(StageInfo stage) {}

    default void onTaskEnd(TaskInfo task) {}

    /** A task's buffer was written to disk because the task could not get more execution memory. */
    default void onSpill(SpillInfo spill) {}
}
