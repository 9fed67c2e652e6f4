package io.rivulet.engine;

import java.util.logging.Logger;

/**
 * Closes one {@code Rivulet} when its JVM exits without {@code close()}: on Ctrl-C, SIGINT, SIGTERM, or when
 * {@code main} returned and only daemon threads were left. The hook (an unstarted thread
 * {@code rivulet-<app>-shutdown}, registered once when the engine is built and removed by {@code close()}, so
 * that closed engines leave nothing registered) cancels the running jobs and waits a little for their tasks,
 * deletes the staging directories of outputs being written and the local directory, wipes the progress bar and
 * writes the event log's last lines. The JVM then exits with its usual status (130 after SIGINT, 143 after
 * SIGTERM). A process killed with SIGKILL runs no hook: the next {@code Rivulet} sweeps what it left
 * ({@code LocalDirs.deleteLeftovers}, {@code OutputCommitter}'s stale staging directories).
 */
final class ShutdownHook {
    private static final Logger LOG = Logger.getLogger(ShutdownHook.class.getName());

    private final Thread thread;

    private ShutdownHook(Thread thread) {
        this.thread = thread;
    }

    static ShutdownHook register(Engine engine) {
        Thread thread = new Thread(engine::closeOnShutdown, "rivulet-" + engine.threadNamePrefix() + "-shutdown");
        try {
            Runtime.getRuntime().addShutdownHook(thread);
        } catch (IllegalStateException e) {
            // The JVM is exiting already: nothing will run this hook, nor need to.
        }
        return new ShutdownHook(thread);
    }

    /** Whether the calling thread is this hook (close() called by it must not unregister it). */
    boolean isCurrent() {
        return Thread.currentThread() == thread;
    }

    /** Removes the hook: the engine was closed. Not possible (nor needed) once the JVM exits. */
    void unregister() {
        if (isCurrent()) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(thread);
        } catch (IllegalStateException e) {
            LOG.fine("the JVM is exiting: the shutdown hook stays (it finds the engine closed)");
        }
    }
}
