package io.rivulet.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs the body of one task attempt on the calling slot thread, in its context: the context is current for
 * the body, its completion callbacks run however the body ends, and its success actions only when nothing
 * failed. A task that met a fetch failure read incomplete input, whatever happened afterwards: even if
 * something caught the exception and the body returned, its value is discarded and the fetch failure is
 * the outcome.
 */
public final class TaskAttempt {
    private TaskAttempt() {}

    /** How an attempt ended: its value, or the error that ended it (then the value is null). */
    public record Outcome<R>(R value, Throwable error) {}

    /**
     * Runs {@code body}; {@code discard} receives a value that will not be used (it may hold memory or
     * files), which only happens when the task met a fetch failure.
     */
    public static <R> Outcome<R> run(TaskContext context, Callable<R> body, Consumer<? super R> discard) {
        R value = null;
        Throwable error = null;
        TaskContext.setCurrent(context);
        try {
            value = body.call();
        } catch (Throwable t) {
            error = t;
        } finally {
            Throwable closeFailure = context.runCompletionCallbacks();
            if (error == null && closeFailure != null) {
                error = closeFailure;
            }
            FetchFailure fetchFailure = context.fetchFailure();
            if (fetchFailure != null) {
                if (value != null) {
                    discard.accept(value);
                }
                value = null;
                error = fetchFailure.exception();
            }
            if (error == null) {
                context.runSuccessActions();
            }
            TaskContext.setCurrent(null);
        }
        return new Outcome<>(error == null ? value : null, error);
    }

    /**
     * Ends a context whose task body ran elsewhere than in {@link #run} (a cluster runner's task, where the
     * cluster pulls the iterators): its completion callbacks run, then its success actions when
     * {@code succeeded}. Returns what a callback threw, or null.
     */
    public static Throwable end(TaskContext context, boolean succeeded) {
        Throwable closeFailure = context.runCompletionCallbacks();
        if (succeeded && closeFailure == null) {
            context.runSuccessActions();
        }
        return closeFailure;
    }
}
