package io.rivulet.sql.expr;

import io.rivulet.task.DeterministicFailure;

/** A SQL runtime error ({@link SqlRuntimeError}): an array index out of bounds in ANSI mode ({@code [INVALID_ARRAY_INDEX_IN_ELEMENT_AT]}, {@code [INVALID_INDEX_OF_ZERO]}). */
public final class SqlArrayIndexOutOfBoundsException extends ArrayIndexOutOfBoundsException
        implements SqlRuntimeError, DeterministicFailure {
    private static final long serialVersionUID = 1L;

    private final String errorClass;
    private final String sqlState;
    private final String text;
    private final String context;

    public SqlArrayIndexOutOfBoundsException(String errorClass, String sqlState, String text, String context) {
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
    public SqlArrayIndexOutOfBoundsException withContext(String newContext) {
        SqlArrayIndexOutOfBoundsException copy =
                new SqlArrayIndexOutOfBoundsException(errorClass, sqlState, text, newContext);
        copy.setStackTrace(getStackTrace());
        return copy;
    }
}
