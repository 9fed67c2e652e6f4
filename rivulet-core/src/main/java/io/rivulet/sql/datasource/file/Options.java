package io.rivulet.sql.datasource.file;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The options of a read or write (names case-insensitive, as Spark's), with typed getters whose errors name the
 * option and the value. Serializable: the options travel with scans and write jobs to the tasks.
 */
public final class Options implements Serializable {
    private static final long serialVersionUID = 1L;

    private final TreeMap<String, String> values = new TreeMap<>();

    public Options(Map<String, String> options) {
        requireNonNull(options, "options is null");
        options.forEach((key, value) -> values.put(key.toLowerCase(Locale.ROOT), value));
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name.toLowerCase(Locale.ROOT)));
    }

    public String get(String name, String defaultValue) {
        return get(name).orElse(defaultValue);
    }

    public boolean has(String name) {
        return values.containsKey(name.toLowerCase(Locale.ROOT));
    }

    public boolean getBoolean(String name, boolean defaultValue) {
        Optional<String> value = get(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        String text = value.get().trim().toLowerCase(Locale.ROOT);
        if (text.equals("true")) {
            return true;
        }
        if (text.equals("false")) {
            return false;
        }
        throw new IllegalArgumentException(name + " flag can be true or false: " + value.get());
    }

    public double getDouble(String name, double defaultValue) {
        Optional<String> value = get(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(value.get().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " should be a number: " + value.get(), e);
        }
    }

    public int getInt(String name, int defaultValue) {
        Optional<String> value = get(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.get().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " should be an integer: " + value.get(), e);
        }
    }

    /** A single character option ({@code sep}, {@code quote}); the empty string means {@code \u0000}, none. */
    public char getChar(String name, char defaultValue) {
        Optional<String> value = get(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        String text = value.get();
        if (text.isEmpty()) {
            return '\u0000';
        }
        if (text.length() == 2 && text.charAt(0) == '\\') {
            return switch (text.charAt(1)) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case '0' -> '\u0000';
                case '\\' -> '\\';
                case '"' -> '"';
                case '\'' -> '\'';
                default ->
                    throw new IllegalArgumentException("Unsupported special character for " + name + ": " + text);
            };
        }
        if (text.length() != 1) {
            throw new IllegalArgumentException(name + " cannot be more than one character: " + text);
        }
        return text.charAt(0);
    }

    /** {@code encoding} (or its alias {@code charset}), UTF-8 by default. */
    public Charset charset() {
        String name = get("encoding").or(() -> get("charset")).orElse("UTF-8");
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("The encoding " + name + " is not supported", e);
        }
    }

    public ParseMode mode() {
        return ParseMode.of(get("mode", "PERMISSIVE"));
    }

    /** The options as given, keys lower-cased, sorted. */
    public Map<String, String> asMap() {
        return java.util.Collections.unmodifiableMap(values);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
