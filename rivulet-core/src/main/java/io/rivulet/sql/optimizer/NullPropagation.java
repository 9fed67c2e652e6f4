package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.Coalesce;
import io.rivulet.sql.expr.EqualNullSafe;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.In;
import io.rivulet.sql.expr.IsNotNull;
import io.rivulet.sql.expr.IsNull;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.types.DataTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replaces what nulls decide, as Spark's {@code NullPropagation}: a null test of a non-nullable expression is a
 * constant; {@code x <=> NULL} is {@code x IS NULL}; a null-intolerant expression ({@link NullIntolerance}: null
 * when an input is) over a null literal is a null literal of its type, and so is {@code NULL IN (...)};
 * {@code coalesce} loses its null literals and what follows its first non-nullable argument.
 */
public final class NullPropagation implements ExpressionRule {
    @Override
    public Optional<Expression> rewrite(Expression expression, RuleContext context) {
        if (expression instanceof IsNull isNull && !isNull.child().nullable()) {
            return Optional.of(Literal.FALSE);
        }
        if (expression instanceof IsNotNull isNotNull && !isNotNull.child().nullable()) {
            return Optional.of(Literal.TRUE);
        }
        if (expression instanceof EqualNullSafe equal) {
            if (isNullLiteral(equal.left())) {
                return Optional.of(new IsNull(equal.right()));
            }
            if (isNullLiteral(equal.right())) {
                return Optional.of(new IsNull(equal.left()));
            }
        }
        if (expression instanceof Coalesce coalesce) {
            return simplifyCoalesce(coalesce);
        }
        if (expression instanceof In in && isNullLiteral(in.value())) {
            return Optional.of(Literal.ofNull(DataTypes.BooleanType));
        }
        if (NullIntolerance.of(expression) && expression.children().stream().anyMatch(NullPropagation::isNullLiteral)) {
            return Optional.of(Literal.ofNull(expression.dataType()));
        }
        return Optional.empty();
    }

    /** Without its null literals, and without what follows its first non-nullable argument. */
    private static Optional<Expression> simplifyCoalesce(Coalesce coalesce) {
        List<Expression> arguments = new ArrayList<>();
        for (Expression argument : coalesce.children()) {
            if (!isNullLiteral(argument)) {
                arguments.add(argument);
                if (!argument.nullable()) {
                    break;
                }
            }
        }
        if (arguments.isEmpty()) {
            return Optional.of(Literal.ofNull(coalesce.dataType()));
        }
        if (arguments.size() == 1) {
            return Optional.of(arguments.get(0));
        }
        return arguments.size() == coalesce.children().size() ? Optional.empty() : Optional.of(new Coalesce(arguments));
    }

    static boolean isNullLiteral(Expression expression) {
        return expression instanceof Literal literal && literal.isNull();
    }
}
