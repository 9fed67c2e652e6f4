package io.rivulet.task;

/**
 * A task failure that would recur on every attempt, because it follows from the task's input alone (an ANSI
 * overflow, a malformed number): the scheduler fails the job on the first one instead of retrying the task
 * {@code rivulet.task.maxFailures} times. Transient causes (a lost file, a full disk, user code that may hit the
 * network) must not implement this.
 */
public interface DeterministicFailure {}
