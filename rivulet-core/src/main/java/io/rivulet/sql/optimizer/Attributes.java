package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.ExprId;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Columns as sets of ids, Spark's {@code AttributeSet}: plans refer to columns by {@link ExprId} only, and the
 * same column may be printed with another nullability (above an outer join) or qualifier (under an alias), so
 * rules compare ids, never attribute records.
 */
final class Attributes {
    private Attributes() {}

    /** The ids of {@code attributes}, in order. */
    static Set<ExprId> ids(Collection<? extends NamedExpression> attributes) {
        Set<ExprId> ids = new LinkedHashSet<>();
        for (NamedExpression attribute : attributes) {
            ids.add(attribute.exprId());
        }
        return ids;
    }

    static Set<ExprId> outputIds(LogicalPlan plan) {
        return ids(plan.output());
    }

    /** The ids of the columns {@code expression} reads. */
    static Set<ExprId> references(Expression expression) {
        return ids(expression.references());
    }

    /** The ids of the columns the expressions read, in the order met. */
    static Set<ExprId> references(Collection<? extends Expression> expressions) {
        Set<ExprId> ids = new LinkedHashSet<>();
        for (Expression expression : expressions) {
            ids.addAll(references(expression));
        }
        return ids;
    }

    /** The columns the node's own expressions read (Spark's {@code QueryPlan.references}). */
    static Set<ExprId> references(LogicalPlan plan) {
        return references(plan.expressions());
    }

    /** Whether {@code expression} reads only columns of {@code available}. */
    static boolean readsOnly(Expression expression, Set<ExprId> available) {
        return available.containsAll(references(expression));
    }

    /** The attributes of {@code output} whose ids are in {@code wanted}, in {@code output}'s order. */
    static List<AttributeReference> keep(List<AttributeReference> output, Set<ExprId> wanted) {
        return output.stream().filter(a -> wanted.contains(a.exprId())).toList();
    }

    /**
     * Whether both compute the same (Spark's {@code semanticEquals}): equal trees once columns are compared by
     * id only, not by name, qualifier or nullability.
     */
    static boolean semanticEquals(Expression a, Expression b) {
        return a.deterministic() && b.deterministic() && canonical(a).equals(canonical(b));
    }

    /** The tree with each column reduced to its id and type. */
    static Expression canonical(Expression expression) {
        return expression.transformUp(node -> node instanceof AttributeReference attribute
                ? new AttributeReference("", attribute.dataType(), true, attribute.exprId(), List.of())
                : node);
    }

    /** Whether {@code list} holds an expression semantically equal to {@code expression}. */
    static boolean containsSemantically(Collection<? extends Expression> list, Expression expression) {
        return list.stream().anyMatch(e -> semanticEquals(e, expression));
    }

    /** Whether every expression of the list is deterministic. */
    static boolean deterministic(Collection<? extends Expression> expressions) {
        return expressions.stream().allMatch(Expression::deterministic);
    }
}
