package io.rivulet.sql.execution.aggregate;

import io.rivulet.sql.execution.Distribution;
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
     * partitioning on some of the keys (equal keys then have equal values of those); without keys, whether every
     * row is in one partition.
     */
    public static boolean clusteredOn(Partitioning partitioning, List<? extends Expression> keys) {
        return partitioning.satisfies(clustering(keys));
    }

    /** What an operator grouping by {@code keys} needs of its input: clustered on them, or all in one partition. */
    public static Distribution clustering(List<? extends Expression> keys) {
        return keys.isEmpty() ? Distribution.ALL_TUPLES : new Distribution.Clustered(List.copyOf(keys));
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
