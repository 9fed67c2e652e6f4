package io.rivulet.sql.execution;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.SortOrder;
import java.util.List;

/**
 * Semantic equality of expressions, as Spark's {@code semanticEquals}: attributes compare by id and type only
 * (not by name, qualifier or nullability, which an outer join or an alias may change), so that an operator's
 * requirement and its child's partitioning or ordering are recognized as the same.
 */
final class Canonical {
    private Canonical() {}

    static Expression of(Expression expression) {
        return expression.transformUp(node -> node instanceof AttributeReference a
                ? new AttributeReference("", a.dataType(), true, a.exprId(), List.of())
                : node);
    }

    static boolean same(Expression a, Expression b) {
        return a == b || of(a).equals(of(b));
    }

    /** Whether every one of {@code expressions} is semantically among {@code among}. */
    static boolean allIn(List<? extends Expression> expressions, List<? extends Expression> among) {
        for (Expression expression : expressions) {
            boolean found = false;
            for (Expression candidate : among) {
                if (same(expression, candidate)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    static boolean sameList(List<? extends Expression> a, List<? extends Expression> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether ranges of {@code actual} are ranges of {@code required} too: their common prefix agrees (Spark's
     * rule for range partitioning: equal leading keys never straddle two partitions).
     */
    static boolean prefixesAgree(List<SortOrder> actual, List<SortOrder> required) {
        int common = Math.min(actual.size(), required.size());
        return common > 0 && orderingSatisfies(actual.subList(0, common), required.subList(0, common));
    }

    /** Whether rows ordered by {@code actual} are ordered by {@code required}: it begins with it, key for key. */
    static boolean orderingSatisfies(List<SortOrder> actual, List<SortOrder> required) {
        if (required.size() > actual.size()) {
            return false;
        }
        for (int i = 0; i < required.size(); i++) {
            SortOrder a = actual.get(i);
            SortOrder r = required.get(i);
            if (a.ascending() != r.ascending() || a.nullsFirst() != r.nullsFirst() || !same(a.child(), r.child())) {
                return false;
            }
        }
        return true;
    }
}
