package io.rivulet.util;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one source of Rivulet's threads: daemon threads named {@code rivulet-<app>-<role>-<n>}, so that a
 * leak check can find any left behind after {@code close()}.
 */
public final class NamedThreadFactory implements ThreadFactory {
    public static final String PREFIX = "rivulet-";

    private final String namePrefix;
    private final AtomicInteger counter = new AtomicInteger();

    public NamedThreadFactory(String role) {
        this.namePrefix = PREFIX + role + "-";
    }

    @Override
    public Thread newThread(Runnable runnable) {
        Thread thread = new Thread(runnable, namePrefix + counter.getAndIncrement());
        thread.setDaemon(true);
        return thread;
    }
}
