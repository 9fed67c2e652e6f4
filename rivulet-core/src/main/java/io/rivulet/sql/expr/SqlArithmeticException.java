package io.rivulet.sql.expr;

import io.rivulet.task.DeterministicFailure;

/** A SQL runtime error ({@link SqlRuntimeError}): an overflow, a division by zero or a decimal that does not fit its type ({@code [ARITHMETIC_OVERFLOW]}, {@code [DIVIDE_BY_ZERO]}, {@code [NUMERIC_VALUE_OUT_OF_RANGE]}, {@code [CAST_OVERFLOW]}). */
public final class SqlArithmeticException extends ArithmeticException implements SqlRuntimeError, DeterministicFailure {
    private static final long serialVersionUID = 1L;

    private final String errorClass;
    private final String sqlState;
    private final String text;
    private final String context;

    public SqlArithmeticException(String errorClass, String sqlState, String text, String context) {
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
    public SqlArithmeticException withContext(String newContext) {
        SqlArithmeticException copy = new SqlArithmeticException(errorClass, sqlState, text, newContext);
        copy.setStackTrace(getStackTrace());
        return copy;
    }
}
