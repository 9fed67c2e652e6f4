package io.rivulet.sql.execution.aggregate;

import io.rivulet.sql.execution.Partitioning;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import java.util.List;

/**
 * Whether a child's partitioning already gives what an operator needs, so that no exchange is planned (Spark's
 * {@code Distribution.satisfies}). Expressions are compared semantically: attributes by id, whatever their
 * names, qualifiers and nullability.
 */
public final class Distributions {
    private Distributions() {}

    /**
     * Whether rows with equal values of {@code keys} are already in one partition: a single partition, or a hash
     * partitioning on some of the keys (equal keys then have equal values of those).
     */
    public static boolean clusteredOn(Partitioning partitioning, List<? extends Expression> keys) {
        if (partitioning instanceof Partitioning.Single) {
            return true;
        }
        if (partitioning instanceof Partitioning.Hash hash
                && !hash.expressions().isEmpty()) {
            for (Expression expression : hash.expressions()) {
                if (keys.stream().noneMatch(key -> semanticEquals(key, expression))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Whether {@code partitioning} is a hash partitioning on exactly {@code keys}, in order, into some count. */
    public static boolean hashedOn(Partitioning partitioning, List<? extends Expression> keys) {
        if (!(partitioning instanceof Partitioning.Hash hash)
                || hash.expressions().size() != keys.size()) {
            return false;
        }
        for (int i = 0; i < keys.size(); i++) {
            if (!semanticEquals(keys.get(i), hash.expressions().get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Equal trees once every attribute is reduced to its id and type (Spark's canonicalized forms). */
    public static boolean semanticEquals(Expression a, Expression b) {
        return canonical(a).equals(canonical(b));
    }

    public static Expression canonical(Expression expression) {
        return expression.transformUp(node -> node instanceof AttributeReference attribute
                ? new AttributeReference("", attribute.dataType(), false, attribute.exprId(), List.of())
                : node);
    }
}
