package io.rivulet.bench;

import java.lang.reflect.InvocationTargetException;

/**
 * One of the three implementations of every workload. An engine is started by its constructor (which
 * takes the {@link Sizes}) and stopped by {@link #close()}; {@link #run} runs one workload once and
 * returns its answer, or null for a workload whose answer is the files it wrote.
 *
 * <p>Engines are loaded by name, reflectively, so that a JVM running one engine never loads another's
 * classes: each runs on a class path of its own jars only.
 */
public interface Engine extends AutoCloseable {
    /** The engines, in the order the results list them. */
    String[] NAMES = {"rivulet", "spark", "java"};

    Checksum run(Workload workload) throws Exception;

    @Override
    void close();

    static Engine start(String name, Sizes sizes) {
        String className = switch (name) {
            case "rivulet" -> "io.rivulet.bench.RivuletEngine";
            case "spark" -> "io.rivulet.bench.SparkEngine";
            case "java" -> "io.rivulet.bench.JavaEngine";
            default ->
                throw new IllegalArgumentException("unknown engine: " + name + "; expected rivulet, spark or java");
        };
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
}
