package io.rivulet.config;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One configuration key: its name, the kind of value it takes, its default, how a value is parsed and
 * checked, and what it means. The catalogue of every key is {@link RivuletConfig}; values are parsed once,
 * when a {@code Rivulet} is built ({@link Settings}), so that a bad one fails there and names the key.
 *
 * @param <T> the parsed value's type
 */
public final class ConfigEntry<T> {
    private final String key;
    private final ValueKind<T> kind;
    private final T defaultValue;
    private final String defaultText;
    private final boolean defaultIsLiteral;
    private final ValueCheck check;
    private final String doc;
    private final boolean testOnly;

    private ConfigEntry(Builder<T> builder) {
        this.key = requireNonNull(builder.key, "key is null");
        this.kind = requireNonNull(builder.kind, "kind is null");
        this.defaultValue = builder.defaultValue;
        this.defaultIsLiteral = builder.defaultText == null && builder.defaultValue != null;
        this.defaultText = builder.defaultText != null
                ? builder.defaultText
                : builder.defaultValue == null ? "" : kind.format(builder.defaultValue);
        this.check = builder.check;
        this.doc = requireNonNull(builder.doc, "doc is null");
        this.testOnly = builder.testOnly;
    }

    static <T> Builder<T> builder(String key, ValueKind<T> kind) {
        return new Builder<>(key, kind);
    }

    public String key() {
        return key;
    }

    /** What the value looks like, for the documentation: {@code int}, {@code size}, {@code boolean}, ... */
    public String kindName() {
        return kind.name();
    }

    /** The default when the key is not set, if it is a constant; empty when it depends on the machine. */
    public Optional<T> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** The default as the documentation states it ({@code 4}, {@code the slot count}, ...). */
    public String defaultText() {
        return defaultText;
    }

    /** Whether {@link #defaultText} is the default value itself, not words about it. */
    public boolean defaultIsLiteral() {
        return defaultIsLiteral;
    }

    public String doc() {
        return doc;
    }

    /** Whether only tests set it (fault injection). */
    public boolean testOnly() {
        return testOnly;
    }

    /** Parses and checks a value as set: {@code config KEY must be an integer: 'four'}, say. */
    public T parse(String raw) {
        T value = kind.parse(key, raw);
        if (check != null) {
            String problem = check.problem(value);
            if (problem != null) {
                throw new IllegalArgumentException(key + " must be " + problem + ": " + kind.format(value));
            }
        }
        return value;
    }

    @Override
    public String toString() {
        return key;
    }

    static final class Builder<T> {
        private final String key;
        private final ValueKind<T> kind;
        private T defaultValue;
        private String defaultText;
        private ValueCheck check;
        private String doc;
        private boolean testOnly;

        private Builder(String key, ValueKind<T> kind) {
            this.key = key;
            this.kind = kind;
        }

        Builder<T> defaultValue(T value) {
            this.defaultValue = value;
            return this;
        }

        /** The default in words, when it is computed (from the heap, the slots, the terminal). */
        Builder<T> defaultText(String text) {
            this.defaultText = text;
            return this;
        }

        /** The check the parsed value must pass. */
        Builder<T> check(ValueCheck check) {
            this.check = check;
            return this;
        }

        Builder<T> doc(String doc) {
            this.doc = doc;
            return this;
        }

        Builder<T> testOnly() {
            this.testOnly = true;
            return this;
        }

        ConfigEntry<T> build() {
            return new ConfigEntry<>(this);
        }
    }
}
