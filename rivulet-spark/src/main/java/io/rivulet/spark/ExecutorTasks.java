package io.rivulet.spark;

import io.rivulet.task.TaskAttempt;
import io.rivulet.task.TaskContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.apache.spark.util.TaskCompletionListener;

/**
 * The Rivulet task context of each Spark task, in the executor's JVM: Rivulet's transforms and result functions
 * take one (for task-local buffers, completion callbacks such as closing a file, success actions), and every
 * transform of one Spark task shares the same one. It is made on first use and ended when Spark ends the task:
 * completion callbacks always, success actions only when the task succeeded.
 */
final class ExecutorTasks {
    private static final Logger LOG = Logger.getLogger(ExecutorTasks.class.getName());
    private static final Map<Long, TaskContext> CONTEXTS = new ConcurrentHashMap<>();

    private ExecutorTasks() {}

    /** The Rivulet context of the Spark task running on this thread. */
    static TaskContext current() {
        org.apache.spark.TaskContext spark = org.apache.spark.TaskContext.get();
        if (spark == null) {
            return new TaskContext(-1, 0, 0, 0, 0, 0); // outside any Spark task: nothing to end it
        }
        long id = spark.taskAttemptId();
        TaskContext existing = CONTEXTS.get(id);
        if (existing != null) {
            return existing;
        }
        TaskContext context = new TaskContext(
                id, 0, spark.stageId(), spark.stageAttemptNumber(), spark.partitionId(), spark.attemptNumber());
        CONTEXTS.put(id, context);
        TaskCompletionListener end = ended -> {
            CONTEXTS.remove(id);
            Throwable failure = TaskAttempt.end(context, !ended.isFailed() && !ended.isInterrupted());
            if (failure != null) {
                LOG.warning("a completion callback of Spark task " + id + " failed: " + failure);
            }
        };
        spark.addTaskCompletionListener(end);
        return context;
    }

    /** How many contexts are open: the tests check that every task's was ended. */
    static int open() {
        return CONTEXTS.size();
    }
}
