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
        return frame.type() + " BETWEEN " + bound(frame.lower(), frame.writtenAsPreceding()) + " AND "
                + bound(frame.upper(), frame.writtenAsPreceding());
    }

    private static String bound(long offset, boolean precedingAsWritten) {
        if (offset == WindowFrame.UNBOUNDED_PRECEDING) {
            return "UNBOUNDED PRECEDING";
        } else if (offset == WindowFrame.UNBOUNDED_FOLLOWING) {
            return "UNBOUNDED FOLLOWING";
        } else if (offset == 0) {
            return "CURRENT ROW";
        }
        if (precedingAsWritten && offset < 0) {
            return -offset + " PRECEDING"; // SQL's "1 PRECEDING", as Spark names it (its UnaryMinus boundary)
        }
        // Spark prints an offset given as a number (Window.rowsBetween(-1, 1), lag's frame) as "n FOLLOWING"
        return offset + " FOLLOWING";
    }
}
