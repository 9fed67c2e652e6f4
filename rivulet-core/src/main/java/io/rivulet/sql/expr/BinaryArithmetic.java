package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;
import java.util.Optional;

/**
 * A binary arithmetic operator ({@link Add}, {@link Subtract}, {@link Multiply}, {@link Divide}, {@link
 * IntegralDivide}, {@link Remainder}, {@link Pmod}) with Spark 4's semantics: both operands of one type (the
 * analyzer casts them, {@link TypeWidening#operandTypes}), except decimals, which may differ in precision and
 * scale and give a result of Spark's precision rules. {@link EvalMode#ANSI} raises {@code [ARITHMETIC_OVERFLOW]}
 * and {@code [DIVIDE_BY_ZERO]}, {@link EvalMode#TRY} gives null ({@code try_add} ...), {@link EvalMode#LEGACY}
 * wraps around on overflow and gives null for a zero divisor.
 */
public interface BinaryArithmetic extends MayRaise {
    Expression left();

    Expression right();

    EvalMode evalMode();

    ArithmeticOp op();

    /** Only ANSI mode raises errors. */
    @Override
    default boolean mayRaise() {
        return evalMode() == EvalMode.ANSI;
    }

    @Override
    default List<Expression> children() {
        return List.of(left(), right());
    }

    @Override
    default DataType dataType() {
        return Arithmetic.resultType(this);
    }

    @Override
    default boolean nullable() {
        return Arithmetic.nullable(this);
    }

    @Override
    default Optional<String> checkInputTypes() {
        return Arithmetic.check(this);
    }

    @Override
    default String sql() {
        return Arithmetic.sql(this, Expression::sql);
    }

    @Override
    default ColumnVector eval(ColumnBatch batch, EvalContext context) {
        Optional<ConstantDivisor> constant = ConstantDivisor.of(this);
        if (constant.isPresent()) {
            return constant.get().eval(this, left().eval(batch, context), batch.numRows());
        }
        return Arithmetic.eval(this, left().eval(batch, context), right().eval(batch, context), batch.numRows());
    }
}
