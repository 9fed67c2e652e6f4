package io.rivulet.sql.types;

import java.util.List;

/** The string helpers of Spark's schema printing: identifier quoting, escaping, truncated lists. */
final class TypeStrings {
    /** Spark's {@code spark.sql.debug.maxToStringFields} default: longer structs are cut in simple strings. */
    static final int MAX_TO_STRING_FIELDS = 25;

    private TypeStrings() {}

    /** Spark's {@code QuotingUtils.quoteIfNeeded}: bare when made of letters, digits and underscores only. */
    static String quoteIfNeeded(String name) {
        boolean plain = !name.isEmpty();
        boolean allDigits = true;
        for (int i = 0; i < name.length() && plain; i++) {
            char c = name.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            plain = digit || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            allDigits &= digit;
        }
        return plain && !allDigits ? name : "`" + name.replace("`", "``") + "`";
    }

    /**
     * Spark's {@code SparkSchemaUtils.escapeMetaCharacters}: control characters that would break a tree or a
     * table are written as their escapes ({@code \n}, {@code \t}, ...).
     */
    static String escapeMetaCharacters(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String escape = switch (text.charAt(i)) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\f' -> "\\f";
                case '\b' -> "\\b";
                case '\u000B' -> "\\v";
                case '\u0007' -> "\\a";
                default -> null;
            };
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(text.charAt(i));
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Spark 4's {@code SparkStringUtils.truncatedString}: past {@code maxFields} items, the first {@code maxFields}
     * and then "... N more fields" (Spark 3 kept one item fewer; SPARK-50579).
     */
    static String truncated(List<String> items, String start, String separator, String end, int maxFields) {
        if (items.size() <= maxFields) {
            return start + String.join(separator, items) + end;
        }
        int shown = Math.max(0, maxFields);
        return start
                + String.join(separator, items.subList(0, shown))
                + (shown == 0 ? "" : separator)
                + "... "
                + (items.size() - shown)
                + " more fields"
                + end;
    }
}
