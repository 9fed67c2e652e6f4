package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.BinaryArithmetic;
import io.rivulet.sql.expr.BinaryComparison;
import io.rivulet.sql.expr.Cast;
import io.rivulet.sql.expr.ComparisonOp;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.GetStructField;
import io.rivulet.sql.expr.Not;

/**
 * The expressions that are null whenever an input is (Spark's {@code NullIntolerant}): comparisons but
 * {@code <=>}, arithmetic, {@code NOT}, casts, struct fields. (Until the expression package marks them itself.)
 */
final class NullIntolerance {
    private NullIntolerance() {}

    static boolean of(Expression expression) {
        if (expression instanceof BinaryComparison comparison) {
            return comparison.op() != ComparisonOp.NULL_SAFE_EQUAL;
        }
        return expression instanceof BinaryArithmetic
                || expression instanceof Not
                || expression instanceof Cast
                || expression instanceof GetStructField;
    }
}
