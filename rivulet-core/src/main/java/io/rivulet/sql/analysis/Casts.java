package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.Cast;
import io.rivulet.sql.expr.EvalMode;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.types.DataType;
import java.util.ArrayList;
import java.util.List;

/** The implicit cast of an expression to a type, or the expression itself when it is of that type already. */
final class Casts {
    private Casts() {}

    static Expression to(Expression expression, DataType type, EvalMode mode) {
        return expression.dataType().equals(type) ? expression : new Cast(expression, type, mode);
    }

    static List<Expression> all(List<Expression> expressions, DataType type, EvalMode mode) {
        List<Expression> cast = new ArrayList<>(expressions.size());
        for (Expression expression : expressions) {
            cast.add(to(expression, type, mode));
        }
        return cast;
    }

    static List<DataType> types(List<Expression> expressions) {
        List<DataType> types = new ArrayList<>(expressions.size());
        for (Expression expression : expressions) {
            types.add(expression.dataType());
        }
        return types;
    }

    /** Whether every expression is of {@code type}: nothing to cast. */
    static boolean allOf(List<Expression> expressions, DataType type) {
        for (Expression expression : expressions) {
            if (!expression.dataType().equals(type)) {
                return false;
            }
        }
        return true;
    }
}
