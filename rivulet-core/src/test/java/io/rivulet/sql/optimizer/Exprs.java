package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.And;
import io.rivulet.sql.expr.EqualTo;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.GreaterThan;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.Or;

/** Short names for the expressions the tests build. */
final class Exprs {
    private Exprs() {}

    static Expression eq(Expression left, Expression right) {
        return new EqualTo(left, right);
    }

    static Expression gt(Expression left, Object right) {
        return new GreaterThan(left, right instanceof Expression e ? e : Literal.of(right));
    }

    static Expression and(Expression left, Expression right) {
        return new And(left, right);
    }

    static Expression or(Expression left, Expression right) {
        return new Or(left, right);
    }
}
