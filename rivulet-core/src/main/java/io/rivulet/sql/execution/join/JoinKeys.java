package io.rivulet.sql.execution.join;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.vector.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A join condition split as Spark's {@code ExtractEquiJoinKeys} does: the conjuncts {@code l = r} where one side
 * reads only the left input's columns and the other only the right's (the equi-join keys, pairs of expressions of
 * the same type), and the rest (the post-filter, applied to the joined rows). No keys: a nested loop or cartesian
 * product.
 *
 * <p>The conjunction and equality nodes are recognized by their class names {@code And} and {@code EqualTo} (two
 * children each) until those nodes of {@code io.rivulet.sql.expr} land in this branch; the residual stays a list
 * of conjuncts, evaluated together ({@link Predicates}). {@code <=>} (null-safe equality) is left in the
 * post-filter.
 *
 * @param leftKeys the left input's key expressions
 * @param rightKeys the right input's, {@code rightKeys[i]} compared with {@code leftKeys[i]}
 * @param residual the other conjuncts, over the joined columns (left then right)
 */
public record JoinKeys(List<Expression> leftKeys, List<Expression> rightKeys, List<Expression> residual) {
    public JoinKeys {
        leftKeys = List.copyOf(leftKeys);
        rightKeys = List.copyOf(rightKeys);
        residual = List.copyOf(residual);
    }

    public boolean hasKeys() {
        return !leftKeys.isEmpty();
    }

    /** The keys and post-filter of {@code condition} between inputs of these outputs. */
    public static JoinKeys extract(
            Optional<Expression> condition, List<AttributeReference> left, List<AttributeReference> right) {
        List<Expression> conjuncts = new ArrayList<>();
        condition.ifPresent(c -> splitConjuncts(c, conjuncts));
        List<Expression> leftKeys = new ArrayList<>();
        List<Expression> rightKeys = new ArrayList<>();
        List<Expression> residual = new ArrayList<>();
        for (Expression conjunct : conjuncts) {
            if (isNamed(conjunct, "EqualTo")) {
                Expression a = conjunct.children().get(0);
                Expression b = conjunct.children().get(1);
                if (keyPair(a, b, left, right)) {
                    leftKeys.add(a);
                    rightKeys.add(b);
                    continue;
                }
                if (keyPair(b, a, left, right)) {
                    leftKeys.add(b);
                    rightKeys.add(a);
                    continue;
                }
            }
            residual.add(conjunct);
        }
        return new JoinKeys(leftKeys, rightKeys, residual);
    }

    private static void splitConjuncts(Expression expression, List<Expression> out) {
        if (isNamed(expression, "And")) {
            splitConjuncts(expression.children().get(0), out);
            splitConjuncts(expression.children().get(1), out);
        } else {
            out.add(expression);
        }
    }

    private static boolean isNamed(Expression expression, String name) {
        return expression.children().size() == 2
                && expression.getClass().getSimpleName().equals(name);
    }

    /** Whether {@code a} reads only left columns and {@code b} only right ones, both some, of one type. */
    private static boolean keyPair(
            Expression a, Expression b, List<AttributeReference> left, List<AttributeReference> right) {
        Set<AttributeReference> aRefs = a.references();
        Set<AttributeReference> bRefs = b.references();
        return !aRefs.isEmpty()
                && !bRefs.isEmpty()
                && within(aRefs, left)
                && within(bRefs, right)
                && a.deterministic()
                && b.deterministic()
                && Types.sameIgnoringNullability(a.dataType(), b.dataType());
    }

    private static boolean within(Set<AttributeReference> references, List<AttributeReference> output) {
        for (AttributeReference reference : references) {
            if (output.stream().noneMatch(reference::sameColumn)) {
                return false;
            }
        }
        return true;
    }
}
