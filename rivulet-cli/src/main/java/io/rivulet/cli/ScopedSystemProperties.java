package io.rivulet.cli;

import java.util.HashMap;
import java.util.Map;

/** Sets system properties and, on {@link #close()}, puts back the values they had (or clears them). */
final class ScopedSystemProperties implements AutoCloseable {
    private final Map<String, String> previous;

    private ScopedSystemProperties(Map<String, String> previous) {
        this.previous = previous;
    }

    static ScopedSystemProperties set(Map<String, String> properties) {
        Map<String, String> previous = new HashMap<>(); // values may be null: the property was not set
        properties.forEach((key, value) -> previous.put(key, System.setProperty(key, value)));
        return new ScopedSystemProperties(previous);
    }

    @Override
    public void close() {
        previous.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }
}
