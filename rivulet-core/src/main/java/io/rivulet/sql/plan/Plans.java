package io.rivulet.sql.plan;

import io.rivulet.sql.expr.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Small helpers for plan nodes' expression lists and lines. */
final class Plans {
    private Plans() {}

    /** {@code [a#1, b#2]}, as Spark prints lists in node lines. */
    static String list(List<?> items) {
        return items.stream().map(Object::toString).collect(Collectors.joining(", ", "[", "]"));
    }

    @SuppressWarnings("unchecked")
    static <E extends Expression> List<E> cast(List<Expression> expressions, int from, int to) {
        List<E> result = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            result.add((E) expressions.get(i));
        }
        return result;
    }

    static List<Expression> concat(List<? extends Expression> first, List<? extends Expression> second) {
        List<Expression> all = new ArrayList<>(first.size() + second.size());
        all.addAll(first);
        all.addAll(second);
        return all;
    }
}
