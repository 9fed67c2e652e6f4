package io.rivulet.sql.execution.join;

import io.rivulet.sql.expr.And;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Coalesce;
import io.rivulet.sql.expr.EqualNullSafe;
import io.rivulet.sql.expr.EqualTo;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.IsNull;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.Internal;
import io.rivulet.sql.vector.Storage;
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
 * <p>Null keys never match, which the join operators rely on ({@code = } is never true on a null). A null-safe
 * {@code l <=> r} is a key too, as in Spark: two keys that are never null, {@code coalesce(l, default)} and
 * {@code isnull(l)}, so that two nulls meet and a null never meets the default value. Where the type has no
 * default value (arrays, maps, structs) it stays in the post-filter.
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
            boolean nullSafe = conjunct instanceof EqualNullSafe;
            if (!(conjunct instanceof EqualTo)
                    && !(nullSafe && hasDefault(conjunct.children().get(0)))) {
                residual.add(conjunct);
                continue;
            }
            Expression a = conjunct.children().get(0);
            Expression b = conjunct.children().get(1);
            if (keyPair(b, a, left, right)) {
                Expression swap = a;
                a = b;
                b = swap;
            } else if (!keyPair(a, b, left, right)) {
                residual.add(conjunct);
                continue;
            }
            if (nullSafe) {
                leftKeys.add(new Coalesce(List.of(a, defaultOf(a.dataType()))));
                rightKeys.add(new Coalesce(List.of(b, defaultOf(b.dataType()))));
                leftKeys.add(new IsNull(a));
                rightKeys.add(new IsNull(b));
            } else {
                leftKeys.add(a);
                rightKeys.add(b);
            }
        }
        return new JoinKeys(leftKeys, rightKeys, residual);
    }

    private static void splitConjuncts(Expression expression, List<Expression> out) {
        if (expression instanceof And and) {
            splitConjuncts(and.left(), out);
            splitConjuncts(and.right(), out);
        } else {
            out.add(expression);
        }
    }

    private static boolean hasDefault(Expression expression) {
        return switch (Storage.of(expression.dataType())) {
            case ARRAY, MAP, STRUCT, NULL -> false;
            default -> true;
        };
    }

    /** A non-null value of {@code type} for {@code coalesce}: which one does not matter, the null flag decides. */
    static Literal defaultOf(DataType type) {
        Object value = switch (Storage.of(type)) {
            case BOOLEAN -> Boolean.FALSE;
            case BYTE -> (byte) 0;
            case SHORT -> (short) 0;
            case INT -> 0;
            case LONG -> 0L;
            case FLOAT -> 0f;
            case DOUBLE -> 0d;
            case DECIMAL -> Internal.toInternal(type, 0);
            case BYTES -> new byte[0];
            case ARRAY, MAP, STRUCT, NULL -> throw new IllegalStateException("no default value of " + type);
        };
        return new Literal(value, type);
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
