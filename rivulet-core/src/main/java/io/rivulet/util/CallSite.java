package io.rivulet.util;

/**
 * Where in the user's code an RDD or a job was made: the first stack frame outside Rivulet's own
 * packages, as {@code File.java:line}. Shown by {@code toDebugString()}, events and the UI, as Spark does.
 */
public final class CallSite {
    private static final StackWalker WALKER = StackWalker.getInstance();

    private CallSite() {}

    public static String capture() {
        return WALKER.walk(frames -> frames.filter(frame -> !isInternal(frame.getClassName()))
                .findFirst()
                .map(frame -> frame.getFileName() + ":" + frame.getLineNumber())
                .orElse("unknown"));
    }

    private static boolean isInternal(String className) {
        // Test classes of Rivulet itself are user code for this purpose.
        return className.startsWith("io.rivulet.")
                && !className.endsWith("Test")
                && !className.contains("Test$")
                && !className.startsWith("io.rivulet.examples");
    }
}
