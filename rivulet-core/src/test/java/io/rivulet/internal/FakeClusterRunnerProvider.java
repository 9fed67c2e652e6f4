package io.rivulet.internal;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.Partition;
import io.rivulet.task.RemoteAccumulator;
import io.rivulet.task.RemoteBroadcast;
import io.rivulet.task.ResultHandler;
import io.rivulet.task.TaskContext;
import io.rivulet.task.TaskFunction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A cluster runner for {@code fake://} masters, found through {@code META-INF/services} in the tests: it
 * computes narrow lineages in this JVM, but on a serialized copy of each job's function, as a cluster would,
 * and keeps its accumulators and broadcasts in static maps that copies reach by id.
 */
public final class FakeClusterRunnerProvider implements ClusterRunnerProvider {
    /** Every runner opened and not closed yet, and every job name any ran. */
    public static final List<String> OPEN = new CopyOnWriteArrayList<>();

    public static final List<String> JOBS = new CopyOnWriteArrayList<>();

    static final Map<Long, AtomicLong[]> ACCUMULATORS = new ConcurrentHashMap<>();
    static final Map<Long, Object> BROADCASTS = new ConcurrentHashMap<>();
    /** How many times copies fetched a broadcast's value. */
    public static final AtomicInteger BROADCAST_FETCHES = new AtomicInteger();

    private static final AtomicLong IDS = new AtomicLong();

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public boolean accepts(String master) {
        return master.startsWith("fake://");
    }

    @Override
    public ClusterRunner open(String master, String appName, Map<String, String> settings) {
        OPEN.add(master);
        return new ClusterRunner() {
            @Override
            public <T, U> void runJob(
                    BaseRDD<T> rdd,
                    int[] partitions,
                    TaskFunction<T, U> function,
                    ResultHandler<U> handler,
                    String name) {
                JOBS.add(name);
                TaskFunction<T, U> shipped = roundTrip(function);
                for (int i = 0; i < partitions.length; i++) {
                    Partition split = rdd.partitions()[partitions[i]];
                    TaskContext context = new TaskContext(i, 0, 0, 0, split.index(), 0);
                    try {
                        handler.taskSucceeded(i, shipped.apply(context, rdd.iterator(split, context)));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }

            @Override
            public int defaultParallelism() {
                return 3;
            }

            @Override
            public RemoteAccumulator newAccumulator(String name) {
                long id = IDS.incrementAndGet();
                ACCUMULATORS.put(id, new AtomicLong[] {new AtomicLong(), new AtomicLong()});
                return new FakeAccumulator(id);
            }

            @Override
            public <T> RemoteBroadcast<T> newBroadcast(T value) {
                long id = IDS.incrementAndGet();
                BROADCASTS.put(id, value);
                return new FakeBroadcast<>(id);
            }

            @Override
            public void close() {
                OPEN.remove(master);
            }
        };
    }

    /** A copy made by Java serialization, as a cluster makes of what it ships. */
    @SuppressWarnings("unchecked")
    public static <T> T roundTrip(T value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private record FakeAccumulator(long id) implements RemoteAccumulator {
        @Override
        public void add(long value) {
            ACCUMULATORS.get(id)[0].addAndGet(value);
            ACCUMULATORS.get(id)[1].incrementAndGet();
        }

        @Override
        public long sum() {
            return ACCUMULATORS.get(id)[0].get();
        }

        @Override
        public long count() {
            return ACCUMULATORS.get(id)[1].get();
        }

        @Override
        public void reset() {
            ACCUMULATORS.get(id)[0].set(0);
            ACCUMULATORS.get(id)[1].set(0);
        }
    }

    private record FakeBroadcast<T>(long id) implements RemoteBroadcast<T> {
        @Override
        @SuppressWarnings("unchecked")
        public T value() {
            BROADCAST_FETCHES.incrementAndGet();
            return (T) BROADCASTS.get(id);
        }

        @Override
        public void destroy() {
            BROADCASTS.remove(id);
        }
    }
}
