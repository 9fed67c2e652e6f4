package io.rivulet.task;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Per-task state: which partition of which stage this attempt computes, its metrics, resources to
 * release when it ends and whether it was killed. One context per task attempt, confined to the thread
 * running it (except {@link #kill()}, called by the scheduler from another thread).
 */
public final class TaskContext {
    private static final ThreadLocal<TaskContext> CURRENT = new ThreadLocal<>();

    private final long taskId;
    private final int jobId;
    private final int stageId;
    private final int stageAttempt;
    private final int partitionId;
    private final int attempt;
    private final TaskMetrics metrics = new TaskMetrics();
    private final List<AutoCloseable> completionCallbacks = new ArrayList<>();
    private final List<Runnable> successActions = new ArrayList<>();
    private final Map<Object, Object> taskLocals = new IdentityHashMap<>();

    private volatile boolean killed;
    private FetchFailure fetchFailure;

    public TaskContext(long taskId, int jobId, int stageId, int stageAttempt, int partitionId, int attempt) {
        this.taskId = taskId;
        this.jobId = jobId;
        this.stageId = stageId;
        this.stageAttempt = stageAttempt;
        this.partitionId = partitionId;
        this.attempt = attempt;
    }

    /** The context of the task running on this thread, or null outside tasks (on the driver). */
    public static TaskContext current() {
        return CURRENT.get();
    }

    /** Only the task's runner ({@link TaskAttempt}) sets it, around the task's body. */
    static void setCurrent(TaskContext context) {
        if (context == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(context);
        }
    }

    public long taskId() {
        return taskId;
    }

    public int jobId() {
        return jobId;
    }

    public int stageId() {
        return stageId;
    }

    public int stageAttempt() {
        return stageAttempt;
    }

    public int partitionId() {
        return partitionId;
    }

    public int attempt() {
        return attempt;
    }

    public TaskMetrics metrics() {
        return metrics;
    }

    public boolean isKilled() {
        return killed;
    }

    /** Asks the task to stop: it throws {@link TaskKilledException} at its next record. From any thread. */
    public void kill() {
        killed = true;
    }

    /** Registers a resource (an open file, say) to close when the task ends, however it ends. */
    public void addCompletionCallback(AutoCloseable callback) {
        completionCallbacks.add(callback);
    }

    /** Registers an action to run only if the task succeeds (merging accumulator updates, say). */
    public void addSuccessAction(Runnable action) {
        successActions.add(action);
    }

    /** A value kept for the life of the task under {@code key}, created on first use. */
    @SuppressWarnings("unchecked")
    public <U> U taskLocal(Object key, Supplier<U> initial) {
        return (U) taskLocals.computeIfAbsent(key, k -> initial.get());
    }

    /**
     * Wraps a source iterator (input, shuffle read, cached block) so that it counts records read and stops
     * the task promptly once it is killed. The flag is checked before every record, as Spark's
     * {@code InterruptibleIterator} does: a user function may take long per record (a sleep, a remote call),
     * so checking only every so many records would let a killed task run on for that many more.
     */
    public <T> Iterator<T> readIterator(Iterator<T> source) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (killed) {
                    throw new TaskKilledException(stageId, partitionId);
                }
                return source.hasNext();
            }

            @Override
            public T next() {
                T value = source.next();
                metrics.recordsRead++;
                return value;
            }
        };
    }

    /**
     * Notes that this task could not read its shuffle input. Whoever finds an input missing calls this before
     * throwing, so that the scheduler recovers the lost output even if code between the read and the task's
     * end (a user function, say) caught the exception or wrapped it in another. The first one is kept.
     */
    public void markFetchFailed(FetchFailure failure) {
        if (fetchFailure == null) {
            fetchFailure = failure;
        }
    }

    /** The fetch failure this task met, or null. */
    public FetchFailure fetchFailure() {
        return fetchFailure;
    }

    /**
     * Wraps an iterator so that it stops the task promptly once it is killed, without counting records: the
     * scheduler wraps every task's whole pipeline in this, so that a task stops within one output record
     * even where records come from no source iterator ({@link #readIterator}): a shuffle read's aggregated
     * or sorted records, a {@code flatMap} that expands one record into many slow ones.
     */
    public <T> Iterator<T> interruptible(Iterator<T> source) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (killed) {
                    throw new TaskKilledException(stageId, partitionId);
                }
                return source.hasNext();
            }

            @Override
            public T next() {
                return source.next();
            }
        };
    }

    void runSuccessActions() {
        for (Runnable action : successActions) {
            action.run();
        }
    }

    /** Closes every registered resource; returns the first failure, if any, with later ones suppressed. */
    Throwable runCompletionCallbacks() {
        Throwable failure = null;
        for (int i = completionCallbacks.size() - 1; i >= 0; i--) {
            try {
                completionCallbacks.get(i).close();
            } catch (Throwable t) {
                if (failure == null) {
                    failure = t;
                } else {
                    failure.addSuppressed(t);
                }
            }
        }
        completionCallbacks.clear();
        return failure;
    }
}
