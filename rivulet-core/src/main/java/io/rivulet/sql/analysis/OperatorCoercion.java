package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.BinaryArithmetic;
import io.rivulet.sql.expr.BinaryComparison;
import io.rivulet.sql.expr.EvalMode;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.TypeWidening;
import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.NullType;
import io.rivulet.sql.types.StringType;
import io.rivulet.sql.types.StructType;
import java.util.List;
import java.util.Optional;

/**
 * The two operands of arithmetic and comparisons cast to the types {@link TypeWidening#operandTypes} gives, as
 * Spark's {@code DecimalPrecision}, {@code Division}, {@code IntegralDivision} and {@code ImplicitTypeCasts} do:
 * {@code int + bigint} adds bigints, {@code /} divides doubles unless a decimal is involved, {@code div} divides
 * bigints, an integer meets a decimal as a decimal of its digits, a string compared with a number or a date is read
 * as one ({@code '5' = 5}).
 */
final class OperatorCoercion {
    private OperatorCoercion() {}

    static Expression coerce(Expression expression, boolean ansi, EvalMode mode) {
        String operator;
        Expression left;
        Expression right;
        if (expression instanceof BinaryArithmetic arithmetic) {
            operator = arithmetic.op().symbol();
            left = arithmetic.left();
            right = arithmetic.right();
        } else if (expression instanceof BinaryComparison comparison) {
            operator = comparison.op().symbol();
            left = comparison.left();
            right = comparison.right();
        } else {
            return expression;
        }
        DataType l = left.dataType();
        DataType r = right.dataType();
        boolean divides = operator.equals("/") || operator.equals("div");
        if (l.equals(r) && !divides) {
            return expression;
        }
        Optional<List<DataType>> types = expression instanceof BinaryComparison && !ansi
                ? legacyComparison(l, r).or(() -> TypeWidening.operandTypes(operator, l, r, false))
                : TypeWidening.operandTypes(operator, l, r, ansi);
        if (types.isEmpty()) {
            return expression;
        }
        Expression castLeft = Casts.to(left, types.get().get(0), mode);
        Expression castRight = Casts.to(right, types.get().get(1), mode);
        if (castLeft == left && castRight == right) {
            return expression;
        }
        return expression.withNewChildren(List.of(castLeft, castRight));
    }

    /**
     * With ANSI mode off, Spark compares a string with a value of another atomic type as that type ({@code 'x' = 5}
     * is null, not false), where its wider-type rule would compare them as strings.
     */
    private static Optional<List<DataType>> legacyComparison(DataType l, DataType r) {
        if (l instanceof StringType && isAtomic(r)) {
            return Optional.of(List.of(r, r));
        } else if (r instanceof StringType && isAtomic(l)) {
            return Optional.of(List.of(l, l));
        }
        return Optional.empty();
    }

    private static boolean isAtomic(DataType type) {
        return !(type instanceof StringType
                || type instanceof NullType
                || type instanceof StructType
                || type instanceof ArrayType
                || type instanceof MapType);
    }
}
