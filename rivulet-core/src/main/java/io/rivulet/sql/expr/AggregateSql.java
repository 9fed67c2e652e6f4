package io.rivulet.sql.expr;

import java.util.List;
import java.util.stream.Collectors;

/** Aggregate names as Spark prints them: {@code sum(v)}, {@code count(DISTINCT a, b)}. */
final class AggregateSql {
    private AggregateSql() {}

    static String call(String name, boolean distinct, List<Expression> children, boolean plan) {
        String args = children.stream().map(e -> plan ? e.toString() : e.sql()).collect(Collectors.joining(", "));
        return name + "(" + (distinct ? "DISTINCT " : "") + args + ")";
    }
}
