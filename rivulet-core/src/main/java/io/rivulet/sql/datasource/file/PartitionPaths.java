package io.rivulet.sql.datasource.file;

import java.util.BitSet;
import java.util.Locale;

/**
 * The directory names of partition values, as Spark's {@code ExternalCatalogUtils}: {@code column=value} with
 * the characters that paths cannot hold (and {@code %} itself) written {@code %XX}, a null or empty value written
 * {@value PartitionDiscovery#DEFAULT_PARTITION_NAME}.
 */
public final class PartitionPaths {
    private static final BitSet ESCAPED = new BitSet(128);

    static {
        for (char c = '\u0001'; c <= '\u001F'; c++) {
            ESCAPED.set(c);
        }
        for (char c : "\"#%'*/:=?\\\u007F{[]^".toCharArray()) {
            ESCAPED.set(c);
        }
    }

    private PartitionPaths() {}

    /** {@code name=value} of one partition column; {@code value} null for a null. */
    public static String directory(String name, String value) {
        return escape(name) + "="
                + (value == null || value.isEmpty() ? PartitionDiscovery.DEFAULT_PARTITION_NAME : escape(value));
    }

    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && ESCAPED.get(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    public static String unescape(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && isHex(text, i + 1)) {
                out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int at) {
        return at + 1 < text.length()
                && Character.digit(text.charAt(at), 16) >= 0
                && Character.digit(text.charAt(at + 1), 16) >= 0;
    }
}
