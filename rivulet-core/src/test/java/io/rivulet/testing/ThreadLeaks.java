package io.rivulet.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The leak check of every test that closes a {@code Rivulet}: take a {@link #snapshot()} of the live threads
 * before the first {@code Rivulet} is built, and call {@link #assertNoneLeft()} after the last is closed.
 * Every thread alive then that was not alive at the snapshot is a leak, whatever its name, daemon or not:
 * Rivulet's own threads, those its dependencies started on its behalf (as Fory's weak-map cleaner did, issue
 * 11) and those the test itself started and did not stop. The only exception is a JVM thread that the JVM
 * may start at any moment without being asked by the code under test ({@link #JVM_ON_DEMAND}).
 *
 * <p>A thread that was told to stop a moment ago may still be running its last instructions, so the check
 * waits for each such thread to end ({@link Thread#join(long)}), up to {@value #WAIT_SECONDS} seconds in all:
 * a bound that only a thread that will never end reaches. Nothing here measures how fast a thread ends.
 */
public final class ThreadLeaks {
    /** How long, at most, the check waits for new threads to end before it calls them leaked. */
    static final long WAIT_SECONDS = 30;

    /**
     * Threads of the JVM's {@code system} group that the JVM starts by itself at any time: the attach listener
     * when a tool (jcmd, jstack, a profiler) attaches. Nothing Rivulet or a test does starts it.
     */
    private static final Set<String> JVM_ON_DEMAND = Set.of("Attach Listener");

    private final Set<Thread> before;

    private ThreadLeaks(Set<Thread> before) {
        this.before = before;
    }

    /** The threads alive now: JVM, JUnit and Surefire threads, and whatever earlier tests left running. */
    public static ThreadLeaks snapshot() {
        return new ThreadLeaks(Set.copyOf(liveThreads()));
    }

    /**
     * Waits for the threads started since the snapshot to end, and fails naming, with their stacks, those that
     * have not.
     */
    public void assertNoneLeft() {
        List<Thread> left = awaitNewThreadsEnded();
        if (!left.isEmpty()) {
            throw new AssertionError("threads left running after close() (started since the snapshot): "
                    + left.stream().map(ThreadLeaks::describe).collect(Collectors.joining("\n")));
        }
    }

    /** Waits, boundedly, for every thread started since the snapshot to end; returns those still alive. */
    public List<Thread> awaitNewThreadsEnded() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        boolean interrupted = false;
        List<Thread> started = newThreads();
        try {
            for (Thread thread : started) {
                while (thread.isAlive() && System.nanoTime() < deadline) {
                    try {
                        TimeUnit.NANOSECONDS.timedJoin(thread, Math.max(1, deadline - System.nanoTime()));
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        // Threads may have started more threads while the check waited: those count too.
        return newThreads();
    }

    /** The live threads that were not alive at the snapshot, sorted by name. */
    public List<Thread> newThreads() {
        List<Thread> started = new ArrayList<>();
        for (Thread thread : liveThreads()) {
            if (!before.contains(thread) && !startedByTheJvmOnDemand(thread)) {
                started.add(thread);
            }
        }
        started.sort(Comparator.comparing(Thread::getName));
        return started;
    }

    private static List<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .toList();
    }

    private static boolean startedByTheJvmOnDemand(Thread thread) {
        ThreadGroup group = thread.getThreadGroup();
        return JVM_ON_DEMAND.contains(thread.getName())
                && group != null
                && group.getParent() == null
                && group.getName().equals("system");
    }

    private static String describe(Thread thread) {
        StackTraceElement[] stack = thread.getStackTrace();
        return "\"" + thread.getName() + "\"" + (thread.isDaemon() ? " daemon" : "") + " " + thread.getState()
                + Arrays.stream(stack)
                        .limit(12)
                        .map(frame -> "\n    at " + frame)
                        .collect(Collectors.joining());
    }

    /** For a failure message: the names of {@code threads}. */
    public static List<String> names(List<Thread> threads) {
        return threads.stream().map(Thread::getName).toList();
    }
}
