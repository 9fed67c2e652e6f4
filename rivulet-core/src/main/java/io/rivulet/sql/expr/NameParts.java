package io.rivulet.sql.expr;

import java.util.ArrayList;
import java.util.List;

/** Splits a column name as {@code col(..)} writes it: dots between parts, backticks around a part with dots. */
final class NameParts {
    private NameParts() {}

    static List<String> parse(String name) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (quoted) {
                if (c == '`' && i + 1 < name.length() && name.charAt(i + 1) == '`') {
                    part.append('`');
                    i++;
                } else if (c == '`') {
                    quoted = false;
                } else {
                    part.append(c);
                }
            } else if (c == '`') {
                quoted = true;
            } else if (c == '.') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unclosed backtick in the column name '" + name + "'");
        }
        parts.add(part.toString());
        return parts;
    }
}
