package io.rivulet.util;

/** Argument checks whose messages say what was wrong, with the offending value. */
public final class Checks {
    private Checks() {}

    public static void checkArgument(boolean condition, String messageFormat, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(messageFormat, args));
        }
    }

    public static <T> T checkNotNull(T value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null");
        }
        return value;
    }

    public static void checkState(boolean condition, String messageFormat, Object... args) {
        if (!condition) {
            throw new IllegalStateException(String.format(messageFormat, args));
        }
    }
}
