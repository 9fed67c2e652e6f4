package io.rivulet.sql.expr;

import java.util.stream.Collectors;

/** The SQL of a window spec, as Spark names window columns: {@code PARTITION BY k ORDER BY t ASC NULLS FIRST ...}. */
final class WindowSql {
    private WindowSql() {}

    static String of(WindowSpecDefinition spec) {
        StringBuilder sql = new StringBuilder();
        if (!spec.partitionSpec().isEmpty()) {
            sql.append("PARTITION BY ")
                    .append(spec.partitionSpec().stream().map(Expression::sql).collect(Collectors.joining(", ")));
        }
        if (!spec.orderSpec().isEmpty()) {
            if (sql.length() > 0) {
                sql.append(' ');
            }
            sql.append("ORDER BY ")
                    .append(spec.orderSpec().stream().map(Expression::sql).collect(Collectors.joining(", ")));
        }
        spec.frame().ifPresent(frame -> sql.append(sql.length() > 0 ? " " : "").append(frameSql(frame)));
        return sql.toString();
    }

    private static String frameSql(WindowFrame frame) {
        return frame.type() + " BETWEEN " + bound(frame.lower(), true) + " AND " + bound(frame.upper(), false);
    }

    private static String bound(long offset, boolean lower) {
        if (offset == WindowFrame.UNBOUNDED_PRECEDING) {
            return "UNBOUNDED PRECEDING";
        } else if (offset == WindowFrame.UNBOUNDED_FOLLOWING) {
            return "UNBOUNDED FOLLOWING";
        } else if (offset == 0) {
            return "CURRENT ROW";
        }
        // Spark prints an offset given as a number (Window.rowsBetween(-1, 1), lag's frame) as "n FOLLOWING"
        return offset + " FOLLOWING";
    }
}
