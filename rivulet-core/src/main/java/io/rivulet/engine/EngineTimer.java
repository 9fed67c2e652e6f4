package io.rivulet.engine;

import io.rivulet.util.NamedThreadFactory;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one timer thread of a {@code Rivulet} ({@code rivulet-<app>-timer-0}, a daemon), for the few things that
 * must happen when no event comes: flushing the event log every second, printing the web UI's address once a
 * job has run for a second. Started on first use, so an application that needs neither has no such thread;
 * {@link #close()} stops it and waits for it to end (the leak checks look at every live thread).
 *
 * <p>A scheduled action that throws is logged and keeps its schedule: the timer never dies of one.
 */
final class EngineTimer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EngineTimer.class.getName());
    private static final long CLOSE_TIMEOUT_SECONDS = 10;

    private final String threadRole;
    private ScheduledThreadPoolExecutor executor; // guarded by this
    private NamedThreadFactory threads; // guarded by this
    private boolean closed; // guarded by this

    EngineTimer(String threadNamePrefix) {
        this.threadRole = threadNamePrefix + "-timer";
    }

    /** Runs {@code action} after {@code delayMillis}; nothing once closed. */
    synchronized void schedule(Runnable action, long delayMillis) {
        if (!closed) {
            executor().schedule(guarded(action), delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Runs {@code action} every {@code periodMillis}, the first time after one period; nothing once closed. */
    synchronized void every(long periodMillis, Runnable action) {
        if (!closed) {
            executor().scheduleWithFixedDelay(guarded(action), periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        }
    }

    private ScheduledThreadPoolExecutor executor() {
        if (executor == null) {
            threads = new NamedThreadFactory(threadRole);
            executor = new ScheduledThreadPoolExecutor(1, threads);
            executor.setRemoveOnCancelPolicy(true);
            executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        }
        return executor;
    }

    private static Runnable guarded(Runnable action) {
        return () -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a background action of Rivulet failed; ignoring", e);
            }
        };
    }

    /** Cancels what is scheduled and waits for the thread to end. Idempotent. */
    @Override
    public void close() {
        ScheduledThreadPoolExecutor stopping;
        NamedThreadFactory stoppingThreads;
        synchronized (this) {
            closed = true;
            stopping = executor;
            stoppingThreads = threads;
        }
        if (stopping == null) {
            return;
        }
        stopping.shutdownNow();
        try {
            if (!stoppingThreads.awaitThreadsEnded(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warning(
                        "the timer thread " + threadRole + " still runs " + CLOSE_TIMEOUT_SECONDS + " s after close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
