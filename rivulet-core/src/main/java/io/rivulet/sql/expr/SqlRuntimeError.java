package io.rivulet.sql.expr;

/**
 * A runtime error of SQL evaluation in the manner of Spark's {@code SparkThrowable}: the message starts with the
 * error class ({@code [DIVIDE_BY_ZERO] Division by zero. ...}), ends with its SQLSTATE and names the expression
 * that failed. Implemented by {@link SqlArithmeticException}, {@link SqlNumberFormatException}, {@link
 * SqlDateTimeException}, {@link SqlArrayIndexOutOfBoundsException} and {@link SqlIllegalArgumentException}, so that
 * callers may catch the usual Java exception ({@code ArithmeticException}, ...) or this interface.
 *
 * <p>The expression is the node that failed as it was evaluated: after binding, its columns print as
 * {@code input[0]}. An operator that knows the unbound expression may rewrite the context with {@link
 * #withContext} (see {@link EvalErrors#withOriginalContext}).
 */
public interface SqlRuntimeError {
    /** Spark's error class: {@code DIVIDE_BY_ZERO}, {@code CAST_INVALID_INPUT}, ... */
    String errorClass();

    /** The SQLSTATE of the error class: {@code 22012} for division by zero. */
    String sqlState();

    /** The message without the error class, the SQLSTATE and the context. */
    String text();

    /** The SQL of the expression that failed ({@code (a / b)}), or null when unknown. */
    String context();

    /** The same error naming {@code newContext} as the expression that failed. */
    RuntimeException withContext(String newContext);

    /** The message as Spark prints it: {@code [CLASS] text SQLSTATE: xxxxx}, then the expression on its own line. */
    static String format(String errorClass, String text, String sqlState, String context) {
        StringBuilder message =
                new StringBuilder("[").append(errorClass).append("] ").append(text);
        if (sqlState != null) {
            message.append(" SQLSTATE: ").append(sqlState);
        }
        if (context != null) {
            message.append("\n== Expression ==\n").append(context);
        }
        return message.toString();
    }
}
