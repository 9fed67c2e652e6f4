package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.EvalMode;
import io.rivulet.sql.expr.ExpectedType;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.ImplicitCastInputTypes;
import io.rivulet.sql.expr.TypeWidening;
import io.rivulet.sql.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arguments of a function that declares the types it takes ({@link ImplicitCastInputTypes}) cast to them where
 * an implicit cast is allowed, as Spark's {@code ImplicitTypeCasts}: {@code sqrt(int_col)} takes a double, {@code
 * upper(1)} a string, {@code stddev(i)} a double. An argument that cannot be cast is left for the type check.
 */
final class InputTypeCoercion {
    private InputTypeCoercion() {}

    static Expression coerce(Expression expression, boolean ansi, EvalMode mode) {
        if (!(expression instanceof ImplicitCastInputTypes typed)) {
            return expression;
        }
        List<ExpectedType> expected = typed.inputTypes();
        List<Expression> children = expression.children();
        List<Expression> cast = new ArrayList<>(children);
        boolean changed = false;
        for (int i = 0; i < Math.min(expected.size(), children.size()); i++) {
            Expression child = children.get(i);
            Optional<DataType> target = TypeWidening.implicitCast(child.dataType(), expected.get(i), ansi);
            if (target.isPresent() && !target.get().equals(child.dataType())) {
                cast.set(i, Casts.to(child, target.get(), mode));
                changed = true;
            }
        }
        return changed ? expression.withNewChildren(cast) : expression;
    }
}
