package io.rivulet.sql;

import java.util.Optional;

/**
 * SQL text that cannot be parsed: a syntax error, or a literal, type or clause the parser rejects. The message
 * is Spark 4's, naming the error class, the SQL state, the line and the column, and showing the text with a
 * pointer under the offending token:
 *
 * <pre>
 * [PARSE_SYNTAX_ERROR] Syntax error at or near '1': extra input '1'. SQLSTATE: 42601 (line 1, pos 9)
 *
 * == SQL ==
 * select 1 1
 * ---------^^^
 * </pre>
 *
 * <p>Errors the grammar finds point at a token ({@code pos} counts from 0); errors found while building the plan
 * from a valid parse underline the whole construct, as Spark's query context does ({@code == SQL (line 1,
 * position 1) ==}, {@code position} counting from 1). As Spark's, {@link #getMessage()} starts with a line
 * break.
 */
public class ParseException extends AnalysisException {
    private static final long serialVersionUID = 1L;

    private final String description;
    private final String sqlState;
    private final String command;
    private final int line;
    private final int startPosition;
    private final int startIndex;
    private final int stopIndex;

    /**
     * @param errorClass Spark's error class ({@code PARSE_SYNTAX_ERROR})
     * @param description the message without the class and state ({@code Syntax error at or near 'FROM'.})
     * @param sqlState the SQL state, or null for Spark's legacy error classes, which have none
     * @param command the whole SQL text
     * @param line the line of the error, from 1
     * @param startPosition its column, from 0
     * @param startIndex the offset in {@code command} of the construct to underline, or -1 to point at the
     *     position with {@code ^^^}
     * @param stopIndex the offset of the construct's last character, or -1
     */
    public ParseException(
            String errorClass,
            String description,
            String sqlState,
            String command,
            int line,
            int startPosition,
            int startIndex,
            int stopIndex) {
        super(errorClass, description);
        this.description = description;
        this.sqlState = sqlState;
        this.command = command;
        this.line = line;
        this.startPosition = startPosition;
        this.startIndex = startIndex;
        this.stopIndex = stopIndex;
    }

    /** The SQL text that failed. */
    public String command() {
        return command;
    }

    /** The line of the error, from 1. */
    public int line() {
        return line;
    }

    /** The column of the error in its line, from 0 (Spark's {@code startPosition}). */
    public int startPosition() {
        return startPosition;
    }

    /** The SQL state ({@code 42601} for a syntax error), if the error class has one. */
    public Optional<String> sqlState() {
        return Optional.ofNullable(sqlState);
    }

    /** The first line of the message: {@code [PARSE_SYNTAX_ERROR] Syntax error at or near 'FROM'. SQLSTATE: 42601}. */
    public String errorMessage() {
        String prefix = errorClass().startsWith("_LEGACY_ERROR_") ? "" : "[" + errorClass() + "] ";
        return prefix + description + (sqlState == null ? "" : " SQLSTATE: " + sqlState);
    }

    @Override
    public String getMessage() {
        StringBuilder out = new StringBuilder("\n").append(errorMessage());
        if (startIndex >= 0 && stopIndex >= startIndex && stopIndex < command.length()) {
            out.append('\n');
            QueryContextSummary.append(out, command, line, startPosition, startIndex, stopIndex);
            return out.toString();
        }
        out.append(" (line ")
                .append(line)
                .append(", pos ")
                .append(startPosition)
                .append(")\n");
        out.append("\n== SQL ==\n");
        String[] lines = command.split("\n");
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]).append('\n');
            if (i == line - 1) {
                out.append("-".repeat(startPosition)).append("^^^\n");
            }
        }
        if (lines.length < line) {
            out.append("-".repeat(startPosition)).append("^^^\n");
        }
        return out.toString();
    }
}
