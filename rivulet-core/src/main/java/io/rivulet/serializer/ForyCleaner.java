package io.rivulet.serializer;

import io.rivulet.util.NamedThreadFactory;
import io.rivulet.util.Sneaky;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.apache.fory.Fory;

/**
 * Apache Fory's one JVM-wide thread, {@value #THREAD_NAME}, and why and when Rivulet stops it (issue 11).
 *
 * <p><b>What starts it.</b> Fory 1.6.0 starts it the first time any {@code Fory} is built in the JVM (more
 * precisely, in the class loader that holds Fory), whatever the builder's options: {@code Fory}'s constructor
 * registers the default serializers, which initializes {@code org.apache.fory.serializer.Serializers}, whose
 * static initializer makes a getter for {@code AbstractStringBuilder.getValue} through
 * {@code Functions.makeGetterFunction}, which caches it in a static {@code MultiKeyWeakMap}; the map's first
 * weak key creates the map's static reference queue and starts a daemon thread that takes collected keys off
 * it, for ever. Nothing stops it: no option, no shutdown method; only an interrupt, on which it returns, and
 * Fory never starts another ({@code MultiKeyWeakMap.CLEANER_STARTED} stays set). The only ways around its start
 * are the Android mode (an environment variable that also turns off Fory's fast paths) and GraalVM's build
 * time (a system property other libraries read too): neither is for a library to set.
 *
 * <p><b>Why stopping it is safe.</b> The thread only tidies two caches, and in Fory 1.6.0 it never frees
 * anything: an entry of a {@code MultiKeyWeakMap} goes only once all its keys are collected, and every entry
 * Fory makes has a key that never is ({@code Object.class} or {@code int.class} for the getters of
 * {@code Functions}, the static {@code ForyJarClassLoader} for {@code CodeGenerator}'s shared generators). The
 * map's answers never depend on the thread either (a key whose referent is gone equals nothing). So a Fory
 * without it serializes the same, and holds the same memory.
 *
 * <p><b>How Rivulet stops only what it started.</b> The first Rivulet to use Fory builds its first {@code Fory}
 * on a short-lived thread of a thread group of its own, so that the cleaner, if this build starts it, is
 * created in that group: that is how Rivulet tells its cleaner from one an application started by using Fory
 * before Rivulet did (which Rivulet leaves alone). Each serializer that has used Fory counts as one user while
 * its {@code Rivulet} is open; when the last user closes, the cleaner is interrupted and joined, so that
 * {@code close()} leaves no thread behind, and one Rivulet closing never stops a cleaner that another open one
 * still counts on. Rivulets built afterwards run without it, as explained above.
 *
 * <p>Threading: all of it is static and guarded by the class's monitor; the cleaner is joined outside it.
 */
final class ForyCleaner {
    /** The name Fory gives the thread. */
    static final String THREAD_NAME = "fory-multi-key-weak-map-cleaner";

    private static final Logger LOG = Logger.getLogger(ForyCleaner.class.getName());
    /** The cleaner ends at once when interrupted; the bound only keeps a changed Fory from hanging close(). */
    private static final long STOP_TIMEOUT_SECONDS = 10;

    /** Serializers that have used Fory and are not closed. */
    private static int users;
    /** Whether the first Fory of a Rivulet has been built, on its own thread group. */
    private static boolean firstBuilt;
    /** The cleaner Rivulet's first Fory started, until it is stopped; null if it started none. */
    private static Thread cleaner;

    private ForyCleaner() {}

    /**
     * Counts one more user of Fory, and returns its first {@code Fory}, made by {@code build}: for the first
     * user in the JVM, on a thread of its own group (see the class comment), for later ones on this thread.
     */
    static Fory acquire(Supplier<Fory> build) {
        synchronized (ForyCleaner.class) {
            users++;
            if (!firstBuilt) {
                firstBuilt = true;
                return buildFirst(build);
            }
        }
        return build.get();
    }

    /** One user of Fory has closed; the last one stops the cleaner Rivulet started, if it runs. */
    static void release() {
        Thread stopping;
        synchronized (ForyCleaner.class) {
            if (users <= 0) {
                throw new IllegalStateException("Fory released more often than acquired");
            }
            users--;
            if (users > 0 || cleaner == null) {
                return;
            }
            stopping = cleaner;
            cleaner = null;
        }
        stopping.interrupt();
        if (!join(stopping, STOP_TIMEOUT_SECONDS)) {
            LOG.warning(THREAD_NAME + " still runs " + STOP_TIMEOUT_SECONDS + " s after it was interrupted");
        }
    }

    /** Builds on a new thread of a new group, and keeps the cleaner that the build started in that group. */
    private static Fory buildFirst(Supplier<Fory> build) {
        ThreadGroup group = new ThreadGroup(NamedThreadFactory.PREFIX + "fory");
        FutureTask<Fory> task = new FutureTask<>(build::get);
        // Not from NamedThreadFactory: the thread must be in this group. It ends before this method returns.
        Thread builder = new Thread(group, task, NamedThreadFactory.PREFIX + "fory-first-build");
        builder.setDaemon(true);
        // The cleaner inherits its creator's context class loader: Fory's own keeps nothing else alive.
        builder.setContextClassLoader(Fory.class.getClassLoader());
        builder.start();
        // Loading Fory cannot be cut short: an interrupt is kept for later, not acted on.
        boolean interrupted = false;
        while (builder.isAlive()) {
            try {
                builder.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        cleaner = cleanerIn(group);
        try {
            return task.get(0, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw Sneaky.rethrow(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("the first Fory was built by a thread that has ended", e);
        }
    }

    private static Thread cleanerIn(ThreadGroup group) {
        Thread[] threads = new Thread[group.activeCount() + 8];
        int count = group.enumerate(threads, false);
        for (int i = 0; i < count; i++) {
            if (threads[i].getName().equals(THREAD_NAME) && threads[i].isAlive()) {
                return threads[i];
            }
        }
        return null;
    }

    /** Waits for {@code thread} to end, at most {@code seconds}; returns whether it has. Keeps an interrupt. */
    private static boolean join(Thread thread, long seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        boolean interrupted = false;
        try {
            while (thread.isAlive()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedJoin(thread, left);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            return true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
