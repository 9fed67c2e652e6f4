package io.rivulet.sql;

/**
 * The excerpt of SQL text that Spark's error messages show under a construct ({@code SQLQueryContext.summary}):
 * the construct's lines with at most 32 characters of context on either side ({@code ...} where cut), each
 * followed by a line of {@code ^} under the construct's characters.
 *
 * <pre>
 * == SQL (line 1, position 17) ==
 * select * from t order by a sort by b
 *                 ^^^^^^^^^^^^^^^^^^^^
 * </pre>
 */
final class QueryContextSummary {
    private static final int MAX_EXTRA_CONTEXT = 32;
    private static final String TRUNCATED = "...";

    private QueryContextSummary() {}

    static void append(StringBuilder out, String text, int line, int startPosition, int start, int stop) {
        out.append("== SQL (line ")
                .append(line)
                .append(", position ")
                .append(startPosition + 1)
                .append(") ==\n");
        int lineStart = start;
        while (lineStart >= 0 && start - lineStart <= MAX_EXTRA_CONTEXT && text.charAt(lineStart) != '\n') {
            lineStart--;
        }
        boolean startTruncated = start - lineStart > MAX_EXTRA_CONTEXT;
        int current = startTruncated ? lineStart - TRUNCATED.length() : lineStart;
        int lineStop = stop;
        while (lineStop < text.length() && lineStop - stop <= MAX_EXTRA_CONTEXT && text.charAt(lineStop) != '\n') {
            lineStop++;
        }
        boolean stopTruncated = lineStop - stop > MAX_EXTRA_CONTEXT;
        String excerpt = (startTruncated ? TRUNCATED : "")
                + text.substring(lineStart + 1, lineStop)
                + (stopTruncated ? TRUNCATED : "");
        for (String lineText : excerpt.split("\n")) {
            out.append(lineText).append('\n');
            current++;
            for (int i = 0; i < lineText.length(); i++) {
                if (current < start) {
                    out.append(' ');
                } else if (current <= stop) {
                    out.append('^');
                }
                current++;
            }
            out.append('\n');
        }
    }
}
