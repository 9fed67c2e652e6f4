package io.rivulet.sql;

import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ValueFormatter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The table {@code DataFrame.show()} prints, exactly as Spark 4.0's {@code Dataset.showString}: values as {@code
 * ToPrettyString} writes them ({@link ValueFormatter#pretty}), control characters escaped, cells longer than
 * {@code truncate} characters cut to {@code truncate - 3} and {@code ...} (to {@code truncate} without dots below
 * 4) and right-aligned, left-aligned when {@code truncate} is 0; East Asian wide characters count as two columns
 * (Spark's {@code Utils.stringHalfWidth}); columns are at least 3 wide; a footer says when rows were left out.
 * Header names are escaped but not cut, as in Spark 4.0 (a later Spark cuts them too). The string ends with a
 * line break, and {@code show()} prints it with {@code println}, so a blank line follows, as in Spark.
 *
 * <p>Package-private: the DataFrame in this package is its only user; the value strings it shares with casts
 * are in {@link ValueFormatter}.
 */
final class ShowString {
    private static final int MINIMUM_COLUMN_WIDTH = 3;

    private ShowString() {}

    /**
     * The table of the first {@code numRows} of {@code rows} (fewer if there are fewer; negative counts as 0);
     * the footer {@code only showing top N rows} appears when {@code hasMoreData} or when {@code rows} has more.
     */
    static String showString(
            List<Row> rows,
            StructType schema,
            int numRows,
            int truncate,
            boolean vertical,
            ZoneId zone,
            boolean hasMoreData) {
        int limit = Math.max(0, numRows);
        boolean more = hasMoreData || rows.size() > limit;
        List<List<String>> cells = cells(rows.subList(0, Math.min(limit, rows.size())), schema, truncate, zone);
        StringBuilder out = new StringBuilder();
        if (vertical) {
            appendVertical(out, cells);
        } else {
            appendTable(out, cells, schema.length(), truncate);
        }
        if (vertical && cells.size() == 1) {
            out.append("(0 rows)\n");
        } else if (more) {
            out.append("only showing top ").append(limit).append(limit == 1 ? " row\n" : " rows\n");
        }
        return out.toString();
    }

    /** The header (field names) and then one list of cell strings per row, escaped and cut. */
    private static List<List<String>> cells(List<Row> rows, StructType schema, int truncate, ZoneId zone) {
        ValueFormatter formatter = ValueFormatter.pretty(zone);
        List<List<String>> cells = new ArrayList<>(rows.size() + 1);
        List<String> header = new ArrayList<>(schema.length());
        for (String name : schema.fieldNames()) {
            header.add(ValueFormatter.escapeMetaCharacters(name));
        }
        cells.add(header);
        for (Row row : rows) {
            List<String> line = new ArrayList<>(schema.length());
            for (int i = 0; i < schema.length(); i++) {
                String text = ValueFormatter.escapeMetaCharacters(
                        formatter.format(row.get(i), schema.field(i).dataType()));
                line.add(cut(text, truncate));
            }
            cells.add(line);
        }
        return cells;
    }

    private static String cut(String text, int truncate) {
        if (truncate <= 0 || text.length() <= truncate) {
            return text;
        }
        // No ellipsis below 4 characters: it would leave no room for the value.
        return truncate < 4 ? text.substring(0, truncate) : text.substring(0, truncate - 3) + "...";
    }

    private static void appendTable(StringBuilder out, List<List<String>> cells, int columns, int truncate) {
        int[] widths = new int[columns];
        java.util.Arrays.fill(widths, MINIMUM_COLUMN_WIDTH);
        for (List<String> line : cells) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], halfWidth(line.get(i)));
            }
        }
        StringBuilder separator = new StringBuilder("+");
        for (int width : widths) {
            separator.append("-".repeat(width)).append('+');
        }
        separator.append('\n');
        out.append(separator);
        for (int line = 0; line < cells.size(); line++) {
            out.append('|');
            for (int i = 0; i < columns; i++) {
                String cell = cells.get(line).get(i);
                String padding = " ".repeat(widths[i] - halfWidth(cell));
                out.append(truncate > 0 ? padding + cell : cell + padding).append('|');
            }
            out.append('\n');
            if (line == 0) {
                out.append(separator);
            }
        }
        out.append(separator);
    }

    private static void appendVertical(StringBuilder out, List<List<String>> cells) {
        List<String> names = cells.get(0);
        int nameWidth = MINIMUM_COLUMN_WIDTH;
        for (String name : names) {
            nameWidth = Math.max(nameWidth, halfWidth(name));
        }
        int dataWidth = MINIMUM_COLUMN_WIDTH;
        for (List<String> line : cells.subList(1, cells.size())) {
            for (String cell : line) {
                dataWidth = Math.max(dataWidth, halfWidth(cell));
            }
        }
        for (int row = 1; row < cells.size(); row++) {
            String header = "-RECORD " + (row - 1);
            // 5: the spaces and the bar around the name and the value.
            out.append(header).append("-".repeat(Math.max(0, nameWidth + dataWidth + 5 - header.length())));
            out.append('\n');
            List<String> line = cells.get(row);
            if (line.isEmpty()) {
                out.append('\n'); // Spark's addString(sb, "", "\n", "\n") of no cells
            }
            for (int i = 0; i < line.size(); i++) {
                String name = names.get(i);
                String cell = line.get(i);
                out.append(' ')
                        .append(name)
                        .append(" ".repeat(nameWidth - halfWidth(name)))
                        .append(" | ")
                        .append(cell)
                        .append(" ".repeat(dataWidth - halfWidth(cell)))
                        .append(" \n");
            }
        }
    }

    /**
     * Columns a string takes on a terminal: its length plus one for each full-width character, by Spark's table
     * of ranges ({@code Utils.stringHalfWidth}: Hangul Jamo, CJK, Hangul syllables, compatibility ideographs,
     * vertical and small forms, full-width forms).
     */
    static int halfWidth(String text) {
        int width = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u1100' && c <= '\u115F')
                    || (c >= '\u2E80' && c <= '\uA4CF')
                    || (c >= '\uAC00' && c <= '\uD7A3')
                    || (c >= '\uF900' && c <= '\uFAFF')
                    || (c >= '\uFE10' && c <= '\uFE19')
                    || (c >= '\uFE30' && c <= '\uFE6F')
                    || (c >= '\uFF00' && c <= '\uFF60')
                    || (c >= '\uFFE0' && c <= '\uFFE6')) {
                width++;
            }
        }
        return width;
    }
}
