package io.rivulet.util;

/**
 * Rethrows a checked exception without wrapping it. User functions may throw checked exceptions from
 * inside iterators; passing them through unchanged lets the task report the user's own exception as the
 * cause of {@link io.rivulet.JobFailedException}.
 */
public final class Sneaky {
    private Sneaky() {}

    /** Always throws {@code t}; declared to return so callers can write {@code throw Sneaky.rethrow(e)}. */
    public static RuntimeException rethrow(Throwable t) {
        throw Sneaky.<RuntimeException>uncheckedThrow(t);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E uncheckedThrow(Throwable t) throws E {
        throw (E) t;
    }
}
