package io.rivulet.sql.expr;

/**
 * How an expression that can fail at run time behaves, as Spark 4's {@code EvalMode}: {@code ANSI} raises an
 * error naming the expression and the value ({@code rivulet.sql.ansi.enabled}, the default), {@code TRY}
 * gives null ({@code try_cast}, {@code try_add}, ...), {@code LEGACY} gives null or wraps around as Spark 3 did
 * when ANSI mode is off.
 */
public enum EvalMode {
    ANSI,
    TRY,
    LEGACY;

    /** The mode of the session: ANSI or legacy. */
    public static EvalMode of(boolean ansi) {
        return ansi ? ANSI : LEGACY;
    }
}
