package io.rivulet.sql.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Helps operators report runtime errors in the user's terms. A node that fails names itself ({@link
 * SqlRuntimeError#context()}), but after binding its columns print as {@code input[0]}; an operator that kept the
 * unbound expression can rename the context with {@link #withOriginalContext}, which finds the failing node by its
 * position in the bound tree (binding replaces leaves only, so both trees have the same shape).
 */
public final class EvalErrors {
    private EvalErrors() {}

    /**
     * {@code error} with the failing node named as in {@code original} when it is a {@link SqlRuntimeError} raised
     * by a node of {@code bound} (the result of binding {@code original}); otherwise {@code error} itself.
     */
    public static RuntimeException withOriginalContext(RuntimeException error, Expression bound, Expression original) {
        if (!(error instanceof SqlRuntimeError sqlError) || sqlError.context() == null) {
            return error;
        }
        List<Integer> path = new ArrayList<>();
        if (!find(bound, sqlError.context(), path)) {
            return error;
        }
        Expression node = original;
        for (int index : path) {
            List<Expression> children = node.children();
            if (index >= children.size()) {
                return error;
            }
            node = children.get(index);
        }
        return sqlError.withContext(node.sql());
    }

    private static boolean find(Expression node, String sql, List<Integer> path) {
        if (node.sql().equals(sql)) {
            return true;
        }
        List<Expression> children = node.children();
        for (int i = 0; i < children.size(); i++) {
            path.add(i);
            if (find(children.get(i), sql, path)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }
}
