package io.rivulet.internal;

import static java.util.Objects.requireNonNull;

import io.rivulet.Pair;
import io.rivulet.PairRDD;
import io.rivulet.PlanGraph;
import io.rivulet.RDD;
import io.rivulet.Rivulet;
import io.rivulet.config.Settings;
import io.rivulet.engine.Engine;
import io.rivulet.memory.MemoryManager;
import io.rivulet.memory.TaskMemory;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.ShuffledRecordsRDD;
import io.rivulet.serializer.Serializer;
import io.rivulet.task.ResultHandler;
import io.rivulet.task.TaskContext;
import io.rivulet.task.TaskFunction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The one door into the engine for the layers above it: the DataFrame and SQL layer ({@code io.rivulet.sql}),
 * runner modules, the command line and tests. Not for applications: it may change with any release. Through
 * it, code outside {@code io.rivulet} can wrap a lineage node of its own as an {@link RDD}, reach the node
 * behind an {@code RDD}, run a job over a node, reach the memory manager and a task's memory, and shuffle
 * records of any type (column batches) with the machinery of {@code reduceByKey}.
 *
 * <p>How it works: {@link Rivulet} registers the access to its own package-private parts here when its
 * class is initialized (the JDK's "shared secrets" pattern), so that the public API gains no method that
 * mentions an internal type.
 */
public final class RivuletInternals {
    private static volatile FacadeAccess access;

    private RivuletInternals() {}

    /** What the facade lets the door do; implemented inside {@code io.rivulet}. */
    public interface FacadeAccess {
        Engine engine(Rivulet rivulet);

        <T> BaseRDD<T> node(RDD<T> rdd);

        Rivulet rivulet(RDD<?> rdd);

        <T> RDD<T> wrap(Rivulet rivulet, BaseRDD<T> node);

        <K, V> PairRDD<K, V> wrapPairs(Rivulet rivulet, BaseRDD<Pair<K, V>> node);
    }

    /** Called once, by {@link Rivulet}'s class initializer. */
    public static void register(FacadeAccess facade) {
        synchronized (RivuletInternals.class) {
            if (access != null) {
                throw new IllegalStateException("the facade's access is registered already");
            }
            access = requireNonNull(facade, "facade is null");
        }
    }

    private static FacadeAccess access() {
        FacadeAccess result = access;
        if (result == null) {
            try {
                Class.forName(Rivulet.class.getName(), true, Rivulet.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            result = access;
        }
        return result;
    }

    /** The engine behind {@code rivulet}: its memory manager, block manager, settings, listeners... */
    public static Engine engine(Rivulet rivulet) {
        return access().engine(requireNonNull(rivulet, "rivulet is null"));
    }

    /**
     * Closes every {@code Rivulet} of this JVM that is still open: for a launcher ({@code bin/rivulet run})
     * whose job's {@code main} returned without closing its own. Returns the closed applications' names.
     */
    public static List<String> closeAllOpen() {
        return Engine.closeAllOpen();
    }

    /** The settings {@code rivulet} was built with, parsed. */
    public static Settings settings(Rivulet rivulet) {
        return engine(rivulet).settings();
    }

    public static MemoryManager memoryManager(Rivulet rivulet) {
        return engine(rivulet).memoryManager();
    }

    /** A task's share of execution memory, for operators that buffer and spill (sorts, aggregations, joins). */
    public static TaskMemory taskMemory(Rivulet rivulet, TaskContext context) {
        return engine(rivulet).taskMemory(context);
    }

    /** The lineage node behind {@code rdd}. */
    public static <T> BaseRDD<T> node(RDD<T> rdd) {
        return access().node(requireNonNull(rdd, "rdd is null"));
    }

    /** The {@code Rivulet} that made {@code rdd}. */
    public static Rivulet rivulet(RDD<?> rdd) {
        return access().rivulet(requireNonNull(rdd, "rdd is null"));
    }

    /** {@code node} as a public {@link RDD} of {@code rivulet}, which must be the one that made the node. */
    public static <T> RDD<T> wrap(Rivulet rivulet, BaseRDD<T> node) {
        checkOwner(rivulet, node);
        return access().wrap(rivulet, node);
    }

    /** A node of pairs as a {@link PairRDD}. */
    public static <K, V> PairRDD<K, V> wrapPairs(Rivulet rivulet, BaseRDD<Pair<K, V>> node) {
        checkOwner(rivulet, node);
        return access().wrapPairs(rivulet, node);
    }

    private static void checkOwner(Rivulet rivulet, BaseRDD<?> node) {
        requireNonNull(node, "node is null");
        if (node.services() != engine(rivulet)) {
            throw new IllegalArgumentException(node + " was not made by app '" + rivulet.appName() + "'");
        }
    }

    /**
     * Runs a job over {@code partitions} of {@code node} on the calling thread, as an action does (in the
     * thread's job group, checkpoints written after it); {@code handler} gets each task's value there.
     */
    public static <T, U> void runJob(
            Rivulet rivulet,
            BaseRDD<T> node,
            int[] partitions,
            TaskFunction<T, U> function,
            ResultHandler<U> handler,
            String jobName) {
        checkOwner(rivulet, node);
        engine(rivulet).runJob(node, partitions, function, handler, jobName);
    }

    /**
     * Runs {@code body}; the jobs it starts on this thread carry {@code plan}: the DataFrame layer's physical plan
     * of the query they run, asked when each job starts and ends (and by the web UI while it runs, from another
     * thread: it must be thread-safe). {@link io.rivulet.JobInfo#plan()} gives it to listeners.
     */
    public static <R> R withJobPlan(Rivulet rivulet, Supplier<PlanGraph> plan, Supplier<R> body) {
        requireNonNull(plan, "plan is null");
        requireNonNull(body, "body is null");
        return engine(rivulet).withJobPlan(plan, body);
    }

    /** Runs a job over every partition of {@code node} and returns the tasks' values in partition order. */
    @SuppressWarnings("unchecked")
    public static <T, U> List<U> runJob(Rivulet rivulet, BaseRDD<T> node, TaskFunction<T, U> function, String name) {
        int[] all = new int[node.numPartitions()];
        Arrays.setAll(all, i -> i);
        Object[] results = new Object[all.length];
        runJob(rivulet, node, all, function, (index, value) -> results[index] = value, name);
        List<U> list = new ArrayList<>(results.length);
        for (Object result : results) {
            list.add((U) result);
        }
        return list;
    }

    /**
     * A shuffle of records of any type: the records of {@code parent} redistributed into {@code numPartitions}
     * partitions by {@code partitionOf}, kept as bytes and spilled by {@code serializer}. The shuffle runs as
     * {@code reduceByKey}'s does: its own stage, map outputs in memory or on disk, fetch failures recovered
     * from lineage.
     */
    public static <T> BaseRDD<T> shuffle(
            BaseRDD<? extends T> parent,
            String operation,
            int numPartitions,
            ToIntFunction<? super T> partitionOf,
            Serializer serializer) {
        return ShuffledRecordsRDD.create(parent, operation, numPartitions, partitionOf, serializer);
    }
}
