package io.rivulet.config;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the values of one kind of setting are parsed from text and written back, with the error they give. The kinds
 * are a switch over {@link Shape}, not lambdas: the catalogue is initialized at every start, and each lambda would be
 * bootstrapped there one by one.
 */
record ValueKind<T>(String name, String expected, Shape shape) {
    /** The text forms the kinds read and write. */
    enum Shape {
        STRING,
        INT,
        DOUBLE,
        BOOLEAN,
        SIZE,
        SIGNED_SIZE,
        POSITIVE_LONGS
    }

    static final ValueKind<String> STRING = new ValueKind<>("string", "a string", Shape.STRING);
    static final ValueKind<Integer> INT = new ValueKind<>("int", "an integer", Shape.INT);
    static final ValueKind<Double> DOUBLE = new ValueKind<>("double", "a number", Shape.DOUBLE);
    static final ValueKind<Boolean> BOOLEAN = new ValueKind<>("boolean", "true or false", Shape.BOOLEAN);
    /** Sizes as Spark writes them: {@code 512m}, {@code 2g}, {@code 64k}, {@code 1024} (bytes). */
    static final ValueKind<Long> SIZE = new ValueKind<>("size", "a size like 512m, 2g or 1048576", Shape.SIZE);
    /** A size, or {@code -1} for none (as Spark's broadcast threshold). */
    static final ValueKind<Long> SIGNED_SIZE = new ValueKind<>("size", "a size like 10m, or -1", Shape.SIGNED_SIZE);
    /** Positive numbers separated by commas, like {@code 3} or {@code 1,5}. */
    static final ValueKind<Set<Long>> POSITIVE_LONGS = new ValueKind<>(
            "numbers", "positive fetch numbers separated by commas, like 3 or 1,5", Shape.POSITIVE_LONGS);

    @SuppressWarnings("unchecked")
    private T parsed(String s) {
        Object value = switch (shape) {
            case STRING -> s;
            case INT -> Integer.parseInt(s.trim());
            case DOUBLE -> Double.parseDouble(s.trim());
            case BOOLEAN -> parseBoolean(s);
            case SIZE -> Sizes.parse(s);
            case SIGNED_SIZE -> s.trim().equals("-1") ? -1L : Sizes.parse(s);
            case POSITIVE_LONGS -> parsePositiveLongs(s);
        };
        return (T) value;
    }

    T parse(String key, String raw) {
        try {
            return parsed(raw);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new IllegalArgumentException("config " + key + " must be " + expected + ": '" + raw + "'", e);
        }
    }

    String format(T value) {
        return switch (shape) {
            case SIZE -> Sizes.format((Long) value);
            case SIGNED_SIZE -> (Long) value < 0 ? String.valueOf(value) : Sizes.format((Long) value);
            case POSITIVE_LONGS -> {
                StringBuilder text = new StringBuilder();
                for (Object number : (Set<?>) value) {
                    text.append(text.length() == 0 ? "" : ",").append(number);
                }
                yield text.toString();
            }
            default -> String.valueOf(value);
        };
    }

    private static Boolean parseBoolean(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    private static Set<Long> parsePositiveLongs(String text) {
        Set<Long> numbers = new TreeSet<>();
        for (String part : text.split(",", -1)) {
            long number = Long.parseLong(part.trim());
            if (number <= 0) {
                throw new IllegalArgumentException("not positive");
            }
            numbers.add(number);
        }
        return Set.copyOf(numbers);
    }
}
