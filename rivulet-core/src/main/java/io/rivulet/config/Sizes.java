package io.rivulet.config;

import java.util.Locale;

/** Sizes in bytes as Spark writes them: {@code 512m}, {@code 2g}, {@code 64k}, {@code 1024}, {@code 10mb}. */
public final class Sizes {
    private Sizes() {}

    /** The bytes {@code text} says; throws IllegalArgumentException (or ArithmeticException) when it is not a size. */
    public static long parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.endsWith("b") && value.length() > 1 && !Character.isDigit(value.charAt(value.length() - 2))) {
            value = value.substring(0, value.length() - 1);
        }
        long multiplier = switch (value.isEmpty() ? ' ' : value.charAt(value.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            case 't' -> 1L << 40;
            default -> 1;
        };
        String digits = multiplier == 1 ? value : value.substring(0, value.length() - 1);
        long number = Long.parseLong(digits.trim());
        if (number < 0) {
            throw new IllegalArgumentException("negative size: " + text);
        }
        return Math.multiplyExact(number, multiplier);
    }

    /** {@code 268435456} as {@code 256m}: the largest unit that divides it. */
    public static String format(long bytes) {
        String[] units = {"t", "g", "m", "k"};
        int[] shifts = {40, 30, 20, 10};
        for (int i = 0; i < units.length; i++) {
            long unit = 1L << shifts[i];
            if (bytes != 0 && bytes % unit == 0) {
                return bytes / unit + units[i];
            }
        }
        return String.valueOf(bytes);
    }
}
