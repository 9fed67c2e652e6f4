package io.rivulet.scheduler;

/**
 * What the scheduler needs of the settings, read once by the engine.
 *
 * @param appName names the application in messages (a job started after close)
 * @param maxTaskFailures {@code rivulet.task.maxFailures}
 * @param maxConsecutiveStageAttempts {@code rivulet.stage.maxConsecutiveAttempts}
 */
public record SchedulerSettings(String appName, int maxTaskFailures, int maxConsecutiveStageAttempts) {}
