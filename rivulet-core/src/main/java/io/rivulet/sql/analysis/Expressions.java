package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Generator;
import io.rivulet.sql.expr.WindowExpression;
import io.rivulet.sql.expr.WindowFunction;
import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.List;

/** Small helpers of the analyzer's rules over expressions. */
final class Expressions {
    private Expressions() {}

    /**
     * The expression without what does not change its value, as Spark's {@code canonicalized}: attributes by id only
     * (no name, qualifier or nullability), aliases inside it removed. Two expressions mean the same when their
     * canonical forms are equal ({@link #semanticEquals}).
     */
    static Expression canonical(Expression expression) {
        return expression.transformUp(e -> {
            if (e instanceof AttributeReference a) {
                return new AttributeReference("", a.dataType(), true, a.exprId(), List.of());
            } else if (e instanceof Alias alias) {
                return alias.child();
            }
            return e;
        });
    }

    static boolean semanticEquals(Expression a, Expression b) {
        return a == b || canonical(a).equals(canonical(b));
    }

    static boolean containsAggregate(Expression expression) {
        return expression.exists(e -> e instanceof AggregateFunction);
    }

    /** Aggregate functions outside window expressions (those over a window are computed by the window). */
    static List<Expression> aggregatesOutsideWindows(Expression expression) {
        List<Expression> found = new ArrayList<>();
        collectOutsideWindows(expression, found);
        return found;
    }

    private static void collectOutsideWindows(Expression expression, List<Expression> found) {
        if (expression instanceof WindowExpression) {
            return;
        }
        if (expression instanceof AggregateFunction) {
            found.add(expression);
            return;
        }
        for (Expression child : expression.children()) {
            collectOutsideWindows(child, found);
        }
    }

    static boolean containsWindow(Expression expression) {
        return expression.exists(e -> e instanceof WindowExpression);
    }

    static boolean containsGenerator(Expression expression) {
        return expression.exists(e -> e instanceof Generator);
    }

    /** A window function that is not an aggregate: {@code row_number}, {@code rank}, {@code lag}, ... */
    static boolean isWindowOnlyFunction(Expression expression) {
        return expression instanceof WindowFunction && !(expression instanceof AggregateFunction);
    }

    /** The aggregates, window expressions and generators of an expression: what only some operators may hold. */
    static List<Expression> specialExpressions(Expression expression) {
        List<Expression> found = new ArrayList<>();
        collectSpecial(expression, found);
        return found;
    }

    private static void collectSpecial(Expression expression, List<Expression> found) {
        if (expression instanceof AggregateFunction
                || expression instanceof WindowExpression
                || expression instanceof Generator) {
            found.add(expression);
            return;
        }
        for (Expression child : expression.children()) {
            collectSpecial(child, found);
        }
    }

    /** Whether values of the type can be compared for sorting and grouping (maps cannot), as Spark's {@code isOrderable}. */
    static boolean isOrderable(DataType type) {
        if (type instanceof MapType) {
            return false;
        } else if (type instanceof ArrayType array) {
            return isOrderable(array.elementType());
        } else if (type instanceof StructType struct) {
            for (StructField field : struct.fields()) {
                if (!isOrderable(field.dataType())) {
                    return false;
                }
            }
        }
        return true;
    }
}
