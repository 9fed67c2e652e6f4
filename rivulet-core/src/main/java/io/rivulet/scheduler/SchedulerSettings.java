package io.rivulet.scheduler;

/**
 * What the scheduler needs of the settings, read once by the engine.
 *
 * @param appName names the application in messages (a job started after close)
 * @param maxTaskFailures {@code rivulet.task.maxFailures}
 * @param maxConsecutiveStageAttempts {@code rivulet.stage.maxConsecutiveAttempts}
 * @param outOfMemoryHint what a job failed by a task that ran out of heap tells the user to change (which
 *     budget to lower, which heap to raise)
 */
public record SchedulerSettings(
        String appName, int maxTaskFailures, int maxConsecutiveStageAttempts, String outOfMemoryHint) {

    /** Settings with a generic hint, for tests that build a scheduler of their own. */
    public SchedulerSettings(String appName, int maxTaskFailures, int maxConsecutiveStageAttempts) {
        this(
                appName,
                maxTaskFailures,
                maxConsecutiveStageAttempts,
                "lower rivulet.executor.memory, or give the JVM a larger heap (-Xmx)");
    }
}
