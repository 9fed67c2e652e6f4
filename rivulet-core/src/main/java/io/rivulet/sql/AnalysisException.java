package io.rivulet.sql;

/**
 * A query that cannot be analyzed: a column, table or function that does not exist (the message names it, lists
 * what exists and suggests the closest), types that do not fit (naming both types and the expression), an
 * aggregate where none may be. Thrown when the DataFrame is made or the SQL parsed, before anything runs; the
 * message starts with Spark's error class, as {@code [UNRESOLVED_COLUMN.WITH_SUGGESTION]}.
 */
public class AnalysisException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String errorClass;

    public AnalysisException(String errorClass, String message) {
        super("[" + errorClass + "] " + message);
        this.errorClass = errorClass;
    }

    public AnalysisException(String errorClass, String message, Throwable cause) {
        super("[" + errorClass + "] " + message, cause);
        this.errorClass = errorClass;
    }

    /** Spark's error class: {@code UNRESOLVED_COLUMN.WITH_SUGGESTION}, {@code DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES}, ... */
    public String errorClass() {
        return errorClass;
    }
}
