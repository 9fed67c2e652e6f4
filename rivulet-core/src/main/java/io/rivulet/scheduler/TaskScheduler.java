package io.rivulet.scheduler;

import io.rivulet.util.NamedThreadFactory;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The worker slots: a fixed pool of {@code local[N]} threads shared by all jobs, taking tasks in the
 * order they were submitted. A slot runs one task at a time, start to end.
 */
public final class TaskScheduler implements AutoCloseable {
    private final NamedThreadFactory threadFactory;
    private final ThreadPoolExecutor slots;
    private final int numSlots;

    public TaskScheduler(int numSlots, String appName) {
        this.numSlots = numSlots;
        this.threadFactory = new NamedThreadFactory(appName + "-slot");
        this.slots = new ThreadPoolExecutor(
                numSlots, numSlots, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), threadFactory);
    }

    public int numSlots() {
        return numSlots;
    }

    Future<?> submit(Runnable task) {
        return slots.submit(task);
    }

    /** Stops every slot, interrupting running tasks, and waits for the threads to end. */
    @Override
    public void close() {
        slots.shutdownNow();
        try {
            if (!threadFactory.awaitThreadsEnded(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("worker slots did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
