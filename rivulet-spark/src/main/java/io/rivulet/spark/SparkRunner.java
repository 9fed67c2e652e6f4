package io.rivulet.spark;

import io.rivulet.JobFailedException;
import io.rivulet.engine.Engine;
import io.rivulet.internal.ClusterRunner;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.task.RemoteAccumulator;
import io.rivulet.task.RemoteBroadcast;
import io.rivulet.task.ResultHandler;
import io.rivulet.task.TaskFunction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.rdd.RDD;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.BoxedUnit;

/**
 * Runs a {@code Rivulet}'s jobs on Apache Spark: each action's lineage is translated into Spark RDDs
 * ({@link LineageTranslator}) and its per-partition function runs as the function of one Spark job over the
 * partitions it names; results come back to the calling thread in order. Accumulators and broadcasts are
 * Spark's ({@link SharedVariables}).
 *
 * <p>One SparkContext per JVM, as Spark allows: runners for the same master share it (counted), and it stops
 * when the last of them closes.
 */
final class SparkRunner implements ClusterRunner {
    /** Whether the driver's class path goes to the executors ({@code spark.jars}); true unless "false". */
    static final String SHIP_CLASS_PATH = "rivulet.spark.shipClassPath";

    private static final Logger LOG = Logger.getLogger(SparkRunner.class.getName());
    private static final Object LOCK = new Object();
    private static SparkContext shared;
    private static int users;
    /** The jars made of class directories to ship with the shared context, deleted when it stops; or null. */
    private static Path shippedJars;

    private final JavaSparkContext spark;
    private final LineageTranslator translator;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Tells this runner's jobs apart from those of other runners sharing the SparkContext. */
    private final String id = java.util.UUID.randomUUID().toString();

    private volatile SparkEvents events;

    private SparkRunner(SparkContext context) {
        this.spark = new JavaSparkContext(context);
        this.translator = new LineageTranslator(spark);
    }

    /** A runner on Spark's master {@code master}: a new SparkContext, or this JVM's for that master. */
    static SparkRunner open(String master, String appName, Map<String, String> settings) {
        synchronized (LOCK) {
            if (shared != null && !shared.isStopped()) {
                if (!shared.master().equals(master)) {
                    throw new IllegalStateException("this JVM runs a SparkContext for master '" + shared.master()
                            + "' already, and Spark allows one per JVM: cannot also run one for '" + master
                            + "'; close the other Rivulet first");
                }
                users++;
                return new SparkRunner(shared);
            }
            SparkVersions.check(SparkVersions.built(), SparkVersions.running());
            SparkConf conf = new SparkConf().setMaster(master).setAppName(appName);
            settings.forEach((key, value) -> {
                if (key.startsWith("spark.")) {
                    conf.set(key, value);
                }
            });
            conf.setIfMissing("spark.ui.showConsoleProgress", "false");
            if (master.startsWith("local")) {
                // Spark's local mode in this JVM: nothing to reach but this machine.
                conf.setIfMissing("spark.driver.host", "127.0.0.1");
                conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            } else if (!"false".equals(settings.get(SHIP_CLASS_PATH))) {
                shippedJars = shipClassPath(conf);
            }
            try {
                shared = new SparkContext(conf);
            } catch (RuntimeException | Error e) {
                deleteShippedJars();
                throw e;
            }
            users = 1;
            return new SparkRunner(shared);
        }
    }

    /**
     * Adds the driver's class path entries that are not Spark's to {@code spark.jars}, so that the executors get
     * the application's classes without a flag ({@link ApplicationJars}); returns the scratch directory.
     */
    private static Path shipClassPath(SparkConf conf) {
        try {
            Path scratch = Files.createTempDirectory("rivulet-spark-jars");
            List<String> jars = new ArrayList<>();
            String given = conf.get("spark.jars", "");
            if (!given.isBlank()) {
                jars.add(given);
            }
            for (Path jar : ApplicationJars.toShip(System.getProperty("java.class.path"), scratch)) {
                jars.add(jar.toString());
            }
            conf.set("spark.jars", String.join(",", jars));
            return scratch;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the jars to ship to the cluster", e);
        }
    }

    private static void deleteShippedJars() {
        if (shippedJars == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(shippedJars)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warning("cannot delete " + shippedJars + ": " + e);
        }
        shippedJars = null;
    }

    /** This JVM's SparkContext of the runners, or null when none is open: for tests. */
    static SparkContext activeContext() {
        synchronized (LOCK) {
            return shared;
        }
    }

    @Override
    public <T, U> void runJob(
            BaseRDD<T> rdd, int[] partitions, TaskFunction<T, U> function, ResultHandler<U> handler, String name) {
        if (closed.get()) {
            throw new IllegalStateException("the Spark runner is closed");
        }
        List<Object> indices = new ArrayList<>(partitions.length);
        for (int partition : partitions) {
            indices.add(partition);
        }
        @SuppressWarnings("unchecked")
        TaskFunction<Object, Object> body = (TaskFunction<Object, Object>) (TaskFunction<?, ?>) function;
        Object[] results = new Object[partitions.length];
        SparkContext context = spark.sc();
        context.setCallSite(name);
        context.setLocalProperty(SparkEvents.RUNNER_PROPERTY, id);
        try {
            // Translating cleans and checks the closures: a function that is not serializable fails here.
            RDD<Object> translated = translator.translate(rdd);
            context.runJob(
                    translated,
                    ScalaFunctions.<org.apache.spark.TaskContext, scala.collection.Iterator<Object>, Object>of(
                            (task, records) -> body.apply(
                                    ExecutorTasks.current(), scala.jdk.javaapi.CollectionConverters.asJava(records))),
                    LineageTranslator.seq(indices),
                    ScalaFunctions.<Object, Object, BoxedUnit>of((index, result) -> {
                        results[(Integer) index] = result;
                        return BoxedUnit.UNIT;
                    }),
                    anyRef());
        } catch (Exception e) {
            // Scala declares no checked exceptions: Spark's job failures are SparkExceptions all the same.
            if (e instanceof SparkException failure) {
                throw new JobFailedException(
                        "Job '" + name + "' failed on Spark: " + describe(failure), -1, -1, -1, userCause(failure));
            }
            throw (RuntimeException) e;
        } finally {
            context.clearCallSite();
            context.setLocalProperty(SparkEvents.RUNNER_PROPERTY, null);
            awaitEvents(context);
        }
        for (int i = 0; i < results.length; i++) {
            @SuppressWarnings("unchecked")
            U result = (U) results[i];
            handler.taskSucceeded(i, result);
        }
    }

    /** Spark delivers listener events on a thread of its own: an action returns once its job's have reached ours. */
    private void awaitEvents(SparkContext context) {
        if (events != null) {
            try {
                context.listenerBus().waitUntilEmpty();
            } catch (Exception e) {
                // a timeout (Scala declares none): the events still come, only later
            }
        }
    }

    @Override
    public void started(Engine engine) {
        events = new SparkEvents(engine.listenerBus(), id);
        spark.sc().addSparkListener(events);
    }

    /**
     * Spark's message, and its cause's when Spark's does not include it: for a closure that is not serializable,
     * the cause names the object and, in its serialization stack, the lambda and the field that captured it.
     */
    private static String describe(SparkException failure) {
        String message = String.valueOf(failure.getMessage());
        Throwable cause = failure.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            return message + ": " + cause;
        }
        return message;
    }

    /** The user's exception behind a Spark job failure, when Spark could bring it back; else Spark's. */
    private static Throwable userCause(SparkException failure) {
        Throwable cause = failure.getCause();
        if (cause instanceof ScalaFunctions.TaskException wrapped) {
            return wrapped.getCause();
        }
        return cause != null ? cause : failure;
    }

    @SuppressWarnings("unchecked")
    private static <U> ClassTag<U> anyRef() {
        return (ClassTag<U>) (ClassTag<?>) ClassTag$.MODULE$.AnyRef();
    }

    @Override
    public int defaultParallelism() {
        return spark.defaultParallelism();
    }

    @Override
    public RemoteAccumulator newAccumulator(String name) {
        return new SharedVariables.Accumulator(spark.sc().longAccumulator(name));
    }

    @Override
    public <T> RemoteBroadcast<T> newBroadcast(T value) {
        return new SharedVariables.BroadcastHandle<>(spark.sc().broadcast(value, anyRef()));
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (events != null) {
            spark.sc().removeSparkListener(events);
        }
        synchronized (LOCK) {
            users--;
            if (users == 0 && shared != null) {
                shared.stop();
                shared = null;
                deleteShippedJars();
            }
        }
    }
}
