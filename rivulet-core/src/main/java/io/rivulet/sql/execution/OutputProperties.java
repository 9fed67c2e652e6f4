package io.rivulet.sql.execution;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.ExprId;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.SortOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a child's partitioning and ordering carry through an operator that keeps rows where they are (filter,
 * projection, generate): as long as the columns they are stated in are still in the output, renamed where a
 * projection aliases a column ({@code a#1 AS b#2} makes {@code hashpartitioning(a#1)} into
 * {@code hashpartitioning(b#2)}). What cannot be stated any more is forgotten: unknown partitioning (with the
 * partition count kept), no ordering, or the ordering's leading keys that can.
 */
final class OutputProperties {
    private OutputProperties() {}

    static Partitioning partitioning(Partitioning child, List<? extends NamedExpression> output) {
        Map<ExprId, AttributeReference> renames = renames(output);
        if (child instanceof Partitioning.Hash hash) {
            List<Expression> mapped = mapAll(hash.expressions(), renames);
            return mapped != null
                    ? new Partitioning.Hash(mapped, hash.numPartitions())
                    : new Partitioning.Unknown(hash.numPartitions());
        }
        if (child instanceof Partitioning.Range range) {
            List<SortOrder> ordering = ordering(range.ordering(), output);
            return ordering.size() == range.ordering().size()
                    ? new Partitioning.Range(ordering, range.numPartitions())
                    : new Partitioning.Unknown(range.numPartitions());
        }
        return child;
    }

    /** The leading keys of {@code child} that can be stated over {@code output}. */
    static List<SortOrder> ordering(List<SortOrder> child, List<? extends NamedExpression> output) {
        Map<ExprId, AttributeReference> renames = renames(output);
        List<SortOrder> kept = new ArrayList<>();
        for (SortOrder order : child) {
            Expression mapped = map(order.child(), renames);
            if (mapped == null) {
                break;
            }
            kept.add(new SortOrder(mapped, order.ascending(), order.nullsFirst()));
        }
        return kept;
    }

    /** For each column of the input that the output keeps, the output attribute it appears as. */
    private static Map<ExprId, AttributeReference> renames(List<? extends NamedExpression> output) {
        Map<ExprId, AttributeReference> renames = new HashMap<>();
        for (NamedExpression named : output) {
            if (named instanceof AttributeReference attribute) {
                renames.putIfAbsent(attribute.exprId(), attribute);
            } else if (named instanceof Alias alias && alias.child() instanceof AttributeReference source) {
                renames.putIfAbsent(source.exprId(), alias.toAttribute());
            }
        }
        return renames;
    }

    private static List<Expression> mapAll(List<Expression> expressions, Map<ExprId, AttributeReference> renames) {
        List<Expression> mapped = new ArrayList<>(expressions.size());
        for (Expression expression : expressions) {
            Expression m = map(expression, renames);
            if (m == null) {
                return null;
            }
            mapped.add(m);
        }
        return mapped;
    }

    /** The expression over the output, or null if it reads a column the output does not have. */
    private static Expression map(Expression expression, Map<ExprId, AttributeReference> renames) {
        Set<ExprId> missing = new HashSet<>();
        Expression mapped = expression.transformUp(node -> {
            if (node instanceof AttributeReference attribute) {
                AttributeReference renamed = renames.get(attribute.exprId());
                if (renamed == null) {
                    missing.add(attribute.exprId());
                    return node;
                }
                return renamed;
            }
            return node;
        });
        return missing.isEmpty() ? mapped : null;
    }
}
