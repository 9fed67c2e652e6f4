package io.rivulet.sql.parser;

import java.util.List;

/**
 * The value of a string literal as Spark's {@code unescapeSQLString} gives it: quotes removed; in {@code 'x'} and
 * {@code "x"}, C-style escapes ({@code \n}, {@code \t}, {@code \'}, {@code \\}, {@code \u0041}, {@code
 * \U0001F600}, octal {@code \101}, {@code \Z} for Ctrl-Z, {@code \0}), while {@code \%} and {@code \_} keep their
 * backslash (for LIKE patterns) and any other {@code \c} is {@code c}; raw strings {@code r'...'} as written.
 */
final class StringLiterals {
    private StringLiterals() {}

    static String string(RivuletSqlParser.StringLitContext ctx) {
        return unescape(ctx.getText());
    }

    /** Adjacent literals are one string: {@code 'a' 'b'} is {@code ab}. */
    static String concat(List<RivuletSqlParser.StringLitContext> parts) {
        StringBuilder out = new StringBuilder();
        for (RivuletSqlParser.StringLitContext part : parts) {
            out.append(string(part));
        }
        return out.toString();
    }

    static String unescape(String token) {
        char first = token.charAt(0);
        if (first == 'r' || first == 'R') {
            return token.substring(2, token.length() - 1);
        }
        if (token.indexOf('\\') < 0) {
            return token.substring(1, token.length() - 1);
        }
        StringBuilder out = new StringBuilder(token.length());
        int end = token.length() - 1;
        int i = 1;
        while (i < end) {
            char c = token.charAt(i);
            if (c != '\\' || i + 1 == end) {
                out.append(c);
                i++;
            } else {
                i = escape(token, i + 1, end, out);
            }
        }
        return out.toString();
    }

    /** Appends the escape starting at {@code i} (after the backslash); returns the index after it. */
    private static int escape(String s, int i, int end, StringBuilder out) {
        char c = s.charAt(i);
        if (c == 'u' && i + 5 <= end && isHex(s, i + 1, 4)) {
            out.append((char) Integer.parseInt(s, i + 1, i + 5, 16));
            return i + 5;
        }
        if (c == 'U' && i + 9 <= end && isHex(s, i + 1, 8)) {
            out.appendCodePoint((int) Long.parseLong(s, i + 1, i + 9, 16));
            return i + 9;
        }
        if (i + 3 <= end && isOctalEscape(s, i)) {
            out.append((char) Integer.parseInt(s, i, i + 3, 8));
            return i + 3;
        }
        switch (c) {
            case '0' -> out.append('\u0000');
            case 'b' -> out.append('\b');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'Z' -> out.append('\u001A');
            case '%' -> out.append("\\%");
            case '_' -> out.append("\\_");
            default -> out.append(c);
        }
        return i + 1;
    }

    private static boolean isHex(String s, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOctalEscape(String s, int i) {
        char a = s.charAt(i);
        char b = s.charAt(i + 1);
        char c = s.charAt(i + 2);
        return (a == '0' || a == '1') && b >= '0' && b <= '7' && c >= '0' && c <= '7';
    }
}
