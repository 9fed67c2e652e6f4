package io.rivulet.sql.expr;

import io.rivulet.task.DeterministicFailure;

/** A SQL runtime error ({@link SqlRuntimeError}): a value that cannot be cast because it is malformed ({@code [CAST_INVALID_INPUT]}). */
public final class SqlNumberFormatException extends NumberFormatException
        implements SqlRuntimeError, DeterministicFailure {
    private static final long serialVersionUID = 1L;

    private final String errorClass;
    private final String sqlState;
    private final String text;
    private final String context;

    public SqlNumberFormatException(String errorClass, String sqlState, String text, String context) {
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
    public SqlNumberFormatException withContext(String newContext) {
        SqlNumberFormatException copy = new SqlNumberFormatException(errorClass, sqlState, text, newContext);
        copy.setStackTrace(getStackTrace());
        return copy;
    }
}
