package io.rivulet.config;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** How the values of one kind of setting are parsed from text and written back, with the error they give. */
record ValueKind<T>(String name, String expected, Function<String, T> parser, Function<T, String> formatter) {
    static final ValueKind<String> STRING = new ValueKind<>("string", "a string", s -> s, s -> s);
    static final ValueKind<Integer> INT =
            new ValueKind<>("int", "an integer", s -> Integer.parseInt(s.trim()), String::valueOf);
    static final ValueKind<Double> DOUBLE =
            new ValueKind<>("double", "a number", s -> Double.parseDouble(s.trim()), String::valueOf);
    static final ValueKind<Boolean> BOOLEAN =
            new ValueKind<>("boolean", "true or false", ValueKind::parseBoolean, String::valueOf);
    /** Sizes as Spark writes them: {@code 512m}, {@code 2g}, {@code 64k}, {@code 1024} (bytes). */
    static final ValueKind<Long> SIZE =
            new ValueKind<>("size", "a size like 512m, 2g or 1048576", Sizes::parse, Sizes::format);
    /** A size, or {@code -1} for none (as Spark's broadcast threshold). */
    static final ValueKind<Long> SIGNED_SIZE = new ValueKind<>(
            "size",
            "a size like 10m, or -1",
            s -> s.trim().equals("-1") ? -1L : Sizes.parse(s),
            size -> size < 0 ? String.valueOf(size) : Sizes.format(size));
    /** Positive numbers separated by commas, like {@code 3} or {@code 1,5}. */
    static final ValueKind<Set<Long>> POSITIVE_LONGS = new ValueKind<>(
            "numbers",
            "positive fetch numbers separated by commas, like 3 or 1,5",
            ValueKind::parsePositiveLongs,
            numbers -> String.join(",", numbers.stream().map(String::valueOf).toList()));

    T parse(String key, String raw) {
        try {
            return parser.apply(raw);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new IllegalArgumentException("config " + key + " must be " + expected + ": '" + raw + "'", e);
        }
    }

    String format(T value) {
        return formatter.apply(value);
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
