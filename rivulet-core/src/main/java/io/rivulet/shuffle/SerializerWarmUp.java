package io.rivulet.shuffle;

import io.rivulet.serializer.Serializer;
import io.rivulet.util.NamedThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Warms the serializer up on a background thread, once per engine, when a map task's output is about to
 * grow large enough to be serialized: the serializer's first use in a JVM costs about half a second
 * (loading Fory, generating code for the record class), which otherwise every slot thread waits for at the
 * end of its first map task. Started only by shuffles that will serialize, so small jobs never pay for it.
 */
final class SerializerWarmUp {
    private static final Logger LOG = Logger.getLogger(SerializerWarmUp.class.getName());

    private final Serializer serializer;
    private final String threadNamePrefix;
    private Thread thread;

    SerializerWarmUp(Serializer serializer, String threadNamePrefix) {
        this.serializer = serializer;
        this.threadNamePrefix = threadNamePrefix;
    }

    synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = new NamedThreadFactory(threadNamePrefix + "-serializer-warmup").newThread(() -> {
            try {
                serializer.warmUp();
            } catch (RuntimeException | LinkageError e) {
                // Only a head start: the first real use will do the work, and report a real problem.
                LOG.log(Level.FINE, "serializer warm-up failed", e);
            }
        });
        thread.start();
    }

    /** Waits for the warm-up to end (it cannot be cut short: it loads classes). */
    void awaitEnd() {
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running == null) {
            return;
        }
        try {
            running.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
