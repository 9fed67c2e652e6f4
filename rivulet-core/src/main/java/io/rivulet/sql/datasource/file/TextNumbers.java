package io.rivulet.sql.datasource.file;

/**
 * Numbers parsed straight from the characters a parser hands over (a CSV field, a JSON number's text), without a
 * {@code String} on the common path: the hot loop of a scan. The results and the errors are those of
 * {@link Long#parseLong}, {@link Integer#parseInt} and {@link Double#parseDouble}; a double takes an exact fast
 * path when its digits fit in 2^53 and its power of ten is small (Clinger's), else the JDK's parser.
 */
public final class TextNumbers {
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };
    private static final long MAX_EXACT = 1L << 53;

    private TextNumbers() {}

    /** {@link Long#parseLong} of {@code chars[offset, offset + length)}. */
    public static long parseLong(char[] chars, int offset, int length) {
        if (length <= 0) {
            throw error(chars, offset, length);
        }
        int i = offset;
        int end = offset + length;
        boolean negative = false;
        char first = chars[i];
        if (first == '-' || first == '+') {
            negative = first == '-';
            if (++i == end) {
                throw error(chars, offset, length);
            }
        }
        long limit = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
        long multiplierMin = limit / 10;
        long result = 0; // accumulated negatively, as the JDK does, so that MIN_VALUE fits
        while (i < end) {
            int digit = chars[i++] - '0';
            if (digit < 0 || digit > 9 || result < multiplierMin) {
                throw error(chars, offset, length);
            }
            result *= 10;
            if (result < limit + digit) {
                throw error(chars, offset, length);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    /** {@link Integer#parseInt} of {@code chars[offset, offset + length)}. */
    public static int parseInt(char[] chars, int offset, int length) {
        long value = parseLong(chars, offset, length);
        if (value != (int) value) {
            throw error(chars, offset, length);
        }
        return (int) value;
    }

    /** {@link Double#parseDouble} of {@code chars[offset, offset + length)}. */
    public static double parseDouble(char[] chars, int offset, int length) {
        int i = offset;
        int end = offset + length;
        boolean negative = false;
        if (i < end && (chars[i] == '-' || chars[i] == '+')) {
            negative = chars[i++] == '-';
        }
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = 0;
        boolean dot = false;
        int start = i;
        for (; i < end; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                if (mantissa != 0 || digits > 0) {
                    digits++;
                }
                if (dot) {
                    fractionDigits++;
                }
                if (digits > 15) {
                    return slowDouble(chars, offset, length);
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return slowDouble(chars, offset, length); // exponents, NaN, Infinity, suffixes, errors
            }
        }
        if (i == start || (dot && i == start + 1) || mantissa > MAX_EXACT || fractionDigits >= POWERS_OF_TEN.length) {
            return slowDouble(chars, offset, length);
        }
        double value = fractionDigits == 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits];
        return negative ? -value : value;
    }

    private static double slowDouble(char[] chars, int offset, int length) {
        return Double.parseDouble(new String(chars, offset, length));
    }

    private static NumberFormatException error(char[] chars, int offset, int length) {
        return new NumberFormatException(
                "For input string: \"" + new String(chars, offset, Math.max(0, length)) + "\"");
    }
}
