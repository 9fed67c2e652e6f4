package io.rivulet.sql.expr;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A compiled SQL {@code LIKE} pattern ({@code _} one character, {@code %} any run, the escape character before
 * {@code _}, {@code %} or itself for the character itself), as Spark's {@code StringUtils.escapeLikeRegex}. The
 * common shapes are matched on the UTF-8 bytes without decoding: {@code abc} (equality), {@code abc%} (prefix),
 * {@code %abc} (suffix), {@code %abc%} (contains); the others through a {@code java.util.regex} pattern.
 */
final class LikePattern {
    enum Shape {
        EQUALS,
        PREFIX,
        SUFFIX,
        CONTAINS,
        REGEX
    }

    private final Shape shape;
    private final byte[] literal;
    private final Pattern regex;

    private LikePattern(Shape shape, byte[] literal, Pattern regex) {
        this.shape = shape;
        this.literal = literal;
        this.regex = regex;
    }

    static LikePattern compile(String pattern, char escape, boolean caseInsensitive, Expression node) {
        String regex = toRegex(pattern, escape, node);
        boolean special = pattern.indexOf('_') >= 0 || pattern.indexOf(escape) >= 0;
        if (!caseInsensitive && !special) {
            String core = pattern;
            boolean lead = core.startsWith("%");
            boolean trail = core.length() > (lead ? 1 : 0) && core.endsWith("%");
            core = core.substring(lead ? 1 : 0, core.length() - (trail ? 1 : 0));
            if (core.indexOf('%') < 0) {
                Shape shape =
                        lead && trail ? Shape.CONTAINS : lead ? Shape.SUFFIX : trail ? Shape.PREFIX : Shape.EQUALS;
                return new LikePattern(shape, core.getBytes(StandardCharsets.UTF_8), null);
            }
        }
        int flags = Pattern.DOTALL | (caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        return new LikePattern(Shape.REGEX, null, Pattern.compile(regex, flags));
    }

    /** Spark's {@code escapeLikeRegex}: the Java regular expression of a LIKE pattern. */
    static String toRegex(String pattern, char escape, Expression node) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == escape) {
                if (i + 1 >= pattern.length()) {
                    throw new SqlIllegalArgumentException(
                            "INVALID_FORMAT.ESC_AT_THE_END",
                            "42601",
                            "The format is invalid: '" + pattern
                                    + "'. The escape character is not allowed to end with.",
                            node == null ? null : node.sql());
                }
                char next = pattern.charAt(++i);
                if (next != '_' && next != '%' && next != escape) {
                    throw new SqlIllegalArgumentException(
                            "INVALID_FORMAT.ESC_IN_THE_MIDDLE",
                            "42601",
                            "The format is invalid: '" + pattern + "'. The escape character is not allowed to precede '"
                                    + next + "'.",
                            node == null ? null : node.sql());
                }
                out.append(Pattern.quote(String.valueOf(next)));
            } else if (c == '_') {
                out.append('.');
            } else if (c == '%') {
                out.append(".*");
            } else {
                out.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return out.toString();
    }

    boolean matches(byte[] bytes, int offset, int length) {
        int k = literal == null ? 0 : literal.length;
        return switch (shape) {
            case EQUALS -> Arrays.equals(bytes, offset, offset + length, literal, 0, k);
            case PREFIX -> length >= k && Arrays.equals(bytes, offset, offset + k, literal, 0, k);
            case SUFFIX -> length >= k && Arrays.equals(bytes, offset + length - k, offset + length, literal, 0, k);
            case CONTAINS -> StringKernels.indexOf(bytes, offset, length, literal, 0, k, 0) >= 0;
            case REGEX ->
                regex.matcher(new String(bytes, offset, length, StandardCharsets.UTF_8))
                        .matches();
        };
    }
}
