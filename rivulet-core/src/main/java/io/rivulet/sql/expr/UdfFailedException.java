package io.rivulet.sql.expr;

/**
 * A user-defined function threw or returned a value not of its declared type ({@code [FAILED_EXECUTE_UDF]}, as
 * Spark reports it); the user's exception is the cause, so its own stack trace is not lost.
 */
public final class UdfFailedException extends RuntimeException implements SqlRuntimeError {
    private static final long serialVersionUID = 1L;
    private static final String ERROR_CLASS = "FAILED_EXECUTE_UDF";
    private static final String SQL_STATE = "39000";

    private final String text;
    private final String context;

    public UdfFailedException(String text, String context, Throwable cause) {
        super(SqlRuntimeError.format(ERROR_CLASS, text, SQL_STATE, context), cause);
        this.text = text;
        this.context = context;
    }

    @Override
    public String errorClass() {
        return ERROR_CLASS;
    }

    @Override
    public String sqlState() {
        return SQL_STATE;
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
    public UdfFailedException withContext(String newContext) {
        UdfFailedException copy = new UdfFailedException(text, newContext, getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
    }
}
