package io.rivulet.engine;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.util.NamedThreadFactory;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes what belongs to RDDs the user's program can no longer reach: their cached blocks and the outputs of
 * the shuffles they read, as Spark's {@code ContextCleaner} does.
 *
 * <p>How: a persisted RDD, and an RDD that reads a shuffle (its {@code ShuffledRDD} or {@code CoGroupedRDD},
 * the only holder of the shuffle dependency that the scheduler does not keep), are registered here with a
 * weak reference on a {@link ReferenceQueue}. Once the garbage collector finds one unreachable, the cleaner
 * thread ({@code rivulet-<app>-cleaner-0}, a daemon started with the first registration and stopped by
 * {@link #close()}) removes the RDD's blocks, or unregisters the shuffle from the map output tracker and the
 * DAG scheduler (which releases its outputs, in memory or on disk). Cleaning a shuffle may in turn make the
 * RDDs its stage held unreachable: they are cleaned after a later collection.
 *
 * <p>It also answers which persisted RDDs are alive ({@link #persistedRdds()}), for
 * {@code Rivulet.getPersistentRDDs()}: weakly, so that listing them never keeps one alive.
 *
 * <p>Best effort, as in Spark: nothing is cleaned until the JVM collects, and {@code close()} deletes
 * everything anyway. Threading: registrations come from any thread; cleanups run on the cleaner thread.
 */
public final class ContextCleaner implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ContextCleaner.class.getName());
    private static final long POLL_MILLIS = 100;

    private final Engine engine;
    private final ReferenceQueue<BaseRDD<?>> queue = new ReferenceQueue<>();
    private final Map<Integer, Tracked> persisted = new ConcurrentHashMap<>();
    /** Shuffle readers by shuffle id (an RDD may read several shuffles: one entry each). */
    private final Map<Integer, Tracked> shuffles = new ConcurrentHashMap<>();
    /** Reliably checkpointed RDDs, whose checkpoint files go with them. */
    private final Map<Integer, Tracked> checkpointed = new ConcurrentHashMap<>();

    private final AtomicLong cleaned = new AtomicLong();
    private Thread thread; // guarded by this
    private boolean closed; // guarded by this

    ContextCleaner(Engine engine) {
        this.engine = engine;
    }

    private enum Kind {
        PERSISTED,
        SHUFFLE,
        CHECKPOINT
    }

    /** A weak reference to an RDD and what to clean when it goes. */
    private static final class Tracked extends WeakReference<BaseRDD<?>> {
        final Kind kind;
        final int rddId;
        final int shuffleId; // -1 unless kind is SHUFFLE

        Tracked(Kind kind, BaseRDD<?> rdd, int shuffleId, ReferenceQueue<BaseRDD<?>> queue) {
            super(rdd, queue);
            this.kind = kind;
            this.rddId = rdd.id();
            this.shuffleId = shuffleId;
        }
    }

    /** Tracks a persisted RDD until it is unpersisted or unreachable. */
    public void registerPersisted(BaseRDD<?> rdd) {
        persisted.computeIfAbsent(rdd.id(), id -> new Tracked(Kind.PERSISTED, rdd, -1, queue));
        startIfNeeded();
    }

    /** Stops tracking an unpersisted RDD (its blocks were removed by unpersist). */
    public void unregisterPersisted(int rddId) {
        Tracked tracked = persisted.remove(rddId);
        if (tracked != null) {
            tracked.clear(); // never enqueued now
        }
    }

    /** Tracks {@code reader}, the RDD that reads shuffle {@code shuffleId}, to clean the shuffle after it. */
    public void registerShuffle(BaseRDD<?> reader, int shuffleId) {
        shuffles.put(shuffleId, new Tracked(Kind.SHUFFLE, reader, shuffleId, queue));
        startIfNeeded();
    }

    /** Tracks a reliably checkpointed RDD, to delete its checkpoint files after it. */
    public void registerCheckpoint(BaseRDD<?> rdd) {
        checkpointed.put(rdd.id(), new Tracked(Kind.CHECKPOINT, rdd, -1, queue));
        startIfNeeded();
    }

    /** The persisted RDDs still reachable, by id. */
    public Map<Integer, BaseRDD<?>> persistedRdds() {
        Map<Integer, BaseRDD<?>> alive = new TreeMap<>();
        persisted.forEach((id, tracked) -> {
            BaseRDD<?> rdd = tracked.get();
            if (rdd != null) {
                alive.put(id, rdd);
            }
        });
        return alive;
    }

    /** How many RDDs and shuffles were cleaned so far (for tests). */
    public long cleanedCount() {
        return cleaned.get();
    }

    private synchronized void startIfNeeded() {
        if (thread == null && !closed) {
            thread = new NamedThreadFactory(engine.threadNamePrefix() + "-cleaner").newThread(this::run);
            thread.start();
        }
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            Reference<? extends BaseRDD<?>> reference;
            try {
                reference = queue.remove(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            if (reference instanceof Tracked tracked) {
                try {
                    clean(tracked);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "cannot clean RDD " + tracked.rddId, e);
                }
            }
        }
    }

    private void clean(Tracked tracked) {
        // Each removal checks that the entry is still this reference (not unregistered or replaced since).
        boolean done = switch (tracked.kind) {
            case SHUFFLE -> {
                boolean current = shuffles.remove(tracked.shuffleId, tracked);
                if (current) {
                    engine.dagScheduler().removeShuffle(tracked.shuffleId);
                    engine.mapOutputTracker().unregisterShuffle(tracked.shuffleId);
                }
                yield current;
            }
            case PERSISTED -> {
                boolean current = persisted.remove(tracked.rddId, tracked);
                if (current) {
                    engine.blockManager().removeRdd(tracked.rddId);
                }
                yield current;
            }
            case CHECKPOINT -> {
                boolean current = checkpointed.remove(tracked.rddId, tracked);
                if (current) {
                    engine.checkpointer().removeCheckpointFiles(tracked.rddId);
                }
                yield current;
            }
        };
        if (done) {
            LOG.fine(() -> "cleaned " + tracked.kind + " of RDD " + tracked.rddId
                    + (tracked.shuffleId >= 0 ? ", shuffle " + tracked.shuffleId : ""));
            cleaned.incrementAndGet();
        }
    }

    /** Stops the cleaner thread; what it did not clean, close() of the engine deletes. */
    @Override
    public void close() {
        Thread stopping;
        synchronized (this) {
            closed = true;
            stopping = thread;
        }
        if (stopping != null) {
            stopping.interrupt();
            try {
                stopping.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
