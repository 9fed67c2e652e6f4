package io.rivulet.config;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The settings of one {@code Rivulet}, parsed once when it is built: every key of {@link RivuletConfig} that
 * is set is parsed and checked here, so a bad value fails the build naming its key, and nothing parses a
 * value again later. Keys Rivulet does not know are kept (as Spark keeps them) for the application's own
 * use. Immutable.
 */
public final class Settings {
    private final Map<String, String> raw;
    private final Map<ConfigEntry<?>, Object> parsed = new HashMap<>();

    public Settings(Map<String, String> settings) {
        this.raw = Collections.unmodifiableMap(new TreeMap<>(requireNonNull(settings, "settings is null")));
        for (ConfigEntry<?> entry : RivuletConfig.entries()) {
            String value = raw.get(entry.key());
            if (value != null) {
                parsed.put(entry, entry.parse(value));
            }
        }
    }

    /** The value set, or the entry's default; the entry must have a constant default. */
    public <T> T get(ConfigEntry<T> entry) {
        @SuppressWarnings("unchecked")
        T value = (T) parsed.get(entry);
        if (value == null) {
            value = entry.defaultValue().orElse(null);
        }
        if (value == null) {
            throw new IllegalStateException(entry.key() + " has no constant default: ask getOptional() and compute it");
        }
        return value;
    }

    /** The value set, if it is. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> getOptional(ConfigEntry<T> entry) {
        return Optional.ofNullable((T) parsed.get(entry));
    }

    public boolean isSet(ConfigEntry<?> entry) {
        return parsed.containsKey(entry);
    }

    /** Any setting by its key, as set (for keys of the application's own). */
    public Optional<String> raw(String key) {
        return Optional.ofNullable(raw.get(key));
    }

    /** Every setting as set, keys sorted. */
    public Map<String, String> asMap() {
        return raw;
    }
}
