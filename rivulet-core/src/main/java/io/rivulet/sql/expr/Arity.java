package io.rivulet.sql.expr;

import io.rivulet.sql.AnalysisException;
import java.util.List;

/** The argument-count and {@code DISTINCT} checks of a built-in call, with Spark's error classes and texts. */
final class Arity {
    private static final String FIX =
            " Please, refer to 'https://spark.apache.org/docs/latest/sql-ref-functions.html' for a fix.";

    private Arity() {}

    /** Checks that {@code name} got between {@code min} and {@code max} arguments (max may be {@code Integer.MAX_VALUE}). */
    static void check(String name, List<Expression> arguments, int min, int max) {
        int actual = arguments.size();
        if (actual >= min && actual <= max) {
            return;
        }
        String expected;
        if (min == max) {
            expected = String.valueOf(min);
        } else if (max == Integer.MAX_VALUE) {
            expected = "> " + (min - 1);
        } else {
            expected = "[" + min + ", " + max + "]";
        }
        throw new AnalysisException(
                "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
                "The `" + name + "` requires " + expected + " parameters but the actual number is " + actual + "."
                        + FIX);
    }

    /** Checks an exact count. */
    static void check(String name, List<Expression> arguments, int count) {
        check(name, arguments, count, count);
    }

    /** Refuses {@code name(DISTINCT ...)} for a function that is not an aggregate. */
    static void noDistinct(String name, boolean distinct) {
        if (distinct) {
            throw new AnalysisException(
                    "INVALID_SQL_SYNTAX.FUNCTION_WITH_UNSUPPORTED_SYNTAX",
                    "Invalid SQL syntax: The function `" + name + "` does not support DISTINCT.");
        }
    }
}
