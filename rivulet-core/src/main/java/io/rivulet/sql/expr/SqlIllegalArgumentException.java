package io.rivulet.sql.expr;

import io.rivulet.task.DeterministicFailure;

/** A SQL runtime error ({@link SqlRuntimeError}): an argument value a function does not accept ({@code [INVALID_PARAMETER_VALUE]}, an invalid regular expression, a null map key). */
public final class SqlIllegalArgumentException extends IllegalArgumentException
        implements SqlRuntimeError, DeterministicFailure {
    private static final long serialVersionUID = 1L;

    private final String errorClass;
    private final String sqlState;
    private final String text;
    private final String context;

    public SqlIllegalArgumentException(String errorClass, String sqlState, String text, String context) {
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
    public SqlIllegalArgumentException withContext(String newContext) {
        SqlIllegalArgumentException copy = new SqlIllegalArgumentException(errorClass, sqlState, text, newContext);
        copy.setStackTrace(getStackTrace());
        return copy;
    }
}
