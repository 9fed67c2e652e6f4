package io.rivulet.cli;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a job's {@code public static void main(String[])} and runs it in this JVM, on the calling thread, as
 * {@code java} would run it.
 *
 * <p>While it runs, the job's settings are Java system properties (which {@code Rivulet.builder()} reads) and
 * the thread's context class loader is the job's loader (which Rivulet's serializer resolves classes with, and
 * which Rivulet's task threads inherit). Both are restored when {@code main} returns or throws, so that several
 * jobs can run one after another in one JVM, as tests do. Jobs running at the same time in one JVM would see
 * each other's properties: the command line runs one job.
 */
final class JobLauncher {
    private JobLauncher() {}

    /** The main method of the first class in {@code candidates} that has one, loading them with {@code loader}. */
    static Optional<Method> firstMain(ClassLoader loader, List<String> candidates) {
        for (String name : candidates) {
            Optional<Method> main = mainMethod(load(loader, name));
            if (main.isPresent()) {
                return main;
            }
        }
        return Optional.empty();
    }

    /**
     * The main method of {@code className}.
     *
     * @throws CliException when there is no such class or it has no main method
     */
    static Method mainOf(ClassLoader loader, String className, String where) {
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException e) {
            throw new CliException("class " + className + " not found in " + where);
        }
        return mainMethod(type)
                .orElseThrow(() -> new CliException("class " + className + " in " + where
                        + " has no method public static void main(String[] args)"));
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the compiler declared " + name + " but did not produce it", e);
        }
    }

    private static Optional<Method> mainMethod(Class<?> type) {
        Method main;
        try {
            main = type.getMethod("main", String[].class);
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        } catch (LinkageError e) {
            throw new CliException("cannot link " + type.getName() + ": " + e, e);
        }
        if (!Modifier.isStatic(main.getModifiers()) || main.getReturnType() != void.class) {
            return Optional.empty();
        }
        // A top-level class need not be public (class Job { public static void main ... }), as with java Job.java.
        main.setAccessible(true);
        return Optional.of(main);
    }

    /**
     * Calls {@code main(args)} with {@code properties} set as system properties.
     *
     * @throws JobException when main throws, with the job's own exception as its cause
     */
    static void run(Method main, List<String> args, Map<String, String> properties) throws JobException {
        requireNonNull(main, "main is null");
        String[] arguments = args.toArray(new String[0]);
        Thread thread = Thread.currentThread();
        ClassLoader previousLoader = thread.getContextClassLoader();
        ScopedSystemProperties scope = ScopedSystemProperties.set(properties);
        try {
            thread.setContextClassLoader(main.getDeclaringClass().getClassLoader());
            invoke(main, arguments);
        } finally {
            thread.setContextClassLoader(previousLoader);
            scope.close();
        }
    }

    private static void invoke(Method main, String[] arguments) throws JobException {
        String job = main.getDeclaringClass().getName();
        try {
            main.invoke(null, (Object) arguments);
        } catch (InvocationTargetException e) {
            throw new JobException(job, e.getCause());
        } catch (ExceptionInInitializerError e) {
            // Thrown by invoke itself when the class's static initializer fails: the job's fault too.
            throw new JobException(job, e);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("main was made accessible: " + main, e);
        }
    }
}
