package io.rivulet.bench;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Optional;

/**
 * One implementation of every workload of a suite. An engine is started by its constructor (which takes
 * the {@link Sizes}) and stopped by {@link #close()}; {@link #prepare} builds what a workload reads from
 * outside its timing (a cached DataFrame, a list of records, a loaded table); {@link #run} runs one
 * workload once and returns its answer, or null for a workload whose answer is the files it wrote.
 *
 * <p>Engines are loaded by name, reflectively, so that a JVM running one engine never loads another's
 * classes: each runs on a class path of its own jars only.
 */
public interface Engine extends AutoCloseable {
    /**
     * Why this engine cannot run {@code workload} yet (the runner then skips it for that workload and says
     * so in the results), or empty if it can.
     */
    default Optional<String> unsupported(Workload workload) {
        return Optional.empty();
    }

    /** Builds what {@code workload} starts from, outside the timed runs. Called once per JVM before them. */
    default void prepare(Workload workload) throws Exception {}

    /**
     * Facts about the engine and what {@link #prepare} built, for the results: settings (Spark's
     * {@code spark.sql.shuffle.partitions}, DuckDB's version) and sizes in bytes ({@code cachedBytes}).
     * Keys and values have no spaces.
     */
    default Map<String, String> info(Workload workload) {
        return Map.of();
    }

    Checksum run(Workload workload) throws Exception;

    @Override
    void close();

    /** Starts the engine {@code name} ({@link Suite#engines()}) of {@code suite}. */
    static Engine start(String name, Suite suite, Sizes sizes) {
        String className = className(name, suite);
        try {
            return (Engine) Class.forName(className).getConstructor(Sizes.class).newInstance(sizes);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot start " + name, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the engine " + className, e);
        }
    }

    private static String className(String name, Suite suite) {
        if (!suite.engines().contains(name)) {
            throw new IllegalArgumentException(
                    "unknown engine: " + name + "; expected one of " + String.join(", ", suite.engines()));
        }
        String simpleName = switch (suite) {
            case RDD ->
                switch (name) {
                    case "rivulet" -> "RivuletEngine";
                    case "spark" -> "SparkEngine";
                    default -> "JavaEngine";
                };
            case DATAFRAME ->
                switch (name) {
                    case "rivulet" -> "RivuletDataFrameEngine";
                    case "spark" -> "SparkDataFrameEngine";
                    case "duckdb" -> "DuckDbEngine";
                    default -> "JavaDataFrameEngine";
                };
            case FILES ->
                switch (name) {
                    case "rivulet" -> "RivuletFilesEngine";
                    case "spark" -> "SparkFilesEngine";
                    default -> "DuckDbFilesEngine";
                };
        };
        return Engine.class.getPackageName() + "." + simpleName;
    }
}
