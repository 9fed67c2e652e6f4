package io.rivulet.sql.expr;

import io.rivulet.task.DeterministicFailure;

/** A SQL runtime error ({@link SqlRuntimeError}): a date or timestamp that cannot be parsed or made ({@code [CANNOT_PARSE_TIMESTAMP]}, {@code [DATETIME_FIELD_OUT_OF_BOUNDS]}). */
public final class SqlDateTimeException extends java.time.DateTimeException
        implements SqlRuntimeError, DeterministicFailure {
    private static final long serialVersionUID = 1L;

    private final String errorClass;
    private final String sqlState;
    private final String text;
    private final String context;

    public SqlDateTimeException(String errorClass, String sqlState, String text, String context) {
        super(SqlRuntimeError.format(errorClass, text, sqlState, context));
        this.errorClass = errorClass;
        this.sqlState = sqlState;
        this.text = text;
        this.context = context;
    }

    @Override
    public String errorClass() {
        return errorClass;
    }

    @Override
    public String sqlState() {
        return sqlState;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public String context() {
        return context;
    }

    @Override
    public SqlDateTimeException withContext(String newContext) {
        SqlDateTimeException copy = new SqlDateTimeException(errorClass, sqlState, text, newContext);
        copy.setStackTrace(getStackTrace());
        return copy;
    }
}
