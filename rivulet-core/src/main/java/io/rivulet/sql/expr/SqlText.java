package io.rivulet.sql.expr;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Small helpers for the strings of expressions and plans. */
public final class SqlText {
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private SqlText() {}

    /** {@code name}, or {@code `my col`} when it is not a plain identifier (backticks doubled inside). */
    public static String quoteIfNeeded(String name) {
        return PLAIN_IDENTIFIER.matcher(name).matches() ? name : "`" + name.replace("`", "``") + "`";
    }

    /** {@code f(a, b)} from the function's name and its arguments' {@link Expression#sql()}. */
    public static String call(String function, List<? extends Expression> arguments) {
        return function + "(" + arguments.stream().map(Expression::sql).collect(Collectors.joining(", ")) + ")";
    }

    /** {@code f(a#1, b#2)}: the plan form of a call. */
    public static String callPlan(String function, List<? extends Expression> arguments) {
        return function + "(" + arguments.stream().map(Object::toString).collect(Collectors.joining(", ")) + ")";
    }
}
