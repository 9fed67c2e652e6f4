package io.rivulet.util;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one source of Rivulet's threads: daemon threads named {@code rivulet-<app>-<role>-<n>}, so that a
 * leak check can find any left behind after {@code close()}.
 */
public final class NamedThreadFactory implements ThreadFactory {
    public static final String PREFIX = "rivulet-";

    private final String namePrefix;
    private final AtomicInteger counter = new AtomicInteger();
    /** The threads made and not yet seen to end. */
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    public NamedThreadFactory(String role) {
        this.namePrefix = PREFIX + role + "-";
    }

    @Override
    public Thread newThread(Runnable runnable) {
        Thread thread = new Thread(runnable, namePrefix + counter.getAndIncrement());
        thread.setDaemon(true);
        threads.add(thread);
        return thread;
    }

    /**
     * Waits for every thread this factory made to end; returns false if one still runs at the timeout. For
     * closing a pool: its {@code awaitTermination} returns once the workers have finished their last task, a
     * moment before the threads themselves have ended, and a leak check in that moment still sees them.
     */
    public boolean awaitThreadsEnded(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (Thread thread : threads) {
            TimeUnit.NANOSECONDS.timedJoin(thread, Math.max(1, deadline - System.nanoTime()));
            if (thread.isAlive()) {
                return false;
            }
            threads.remove(thread);
        }
        return true;
    }
}
