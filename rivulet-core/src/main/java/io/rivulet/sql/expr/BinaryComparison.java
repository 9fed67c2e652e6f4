package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;
import java.util.Optional;

/**
 * A comparison of two values of one type ({@link EqualTo}, {@link EqualNullSafe}, {@link LessThan}, {@link
 * LessThanOrEqual}, {@link GreaterThan}, {@link GreaterThanOrEqual}): null when either side is (but {@code <=>}),
 * NaN equal to itself and above every number, strings by UTF-8 bytes (code points), arrays and structs element by
 * element. The analyzer makes both sides one type first ({@link TypeWidening#findWiderTypeForTwo}).
 */
public interface BinaryComparison extends Expression {
    Expression left();

    Expression right();

    ComparisonOp op();

    @Override
    default List<Expression> children() {
        return List.of(left(), right());
    }

    @Override
    default DataType dataType() {
        return DataTypes.BooleanType;
    }

    @Override
    default boolean nullable() {
        return op() != ComparisonOp.NULL_SAFE_EQUAL && (left().nullable() || right().nullable());
    }

    @Override
    default Optional<String> checkInputTypes() {
        return TypeChecks.first(
                TypeChecks.sameType(this, left(), right()),
                TypeChecks.orderable(this, op().symbol(), left().dataType()));
    }

    @Override
    default String sql() {
        return "(" + left().sql() + " " + op().symbol() + " " + right().sql() + ")";
    }

    @Override
    default ColumnVector eval(ColumnBatch batch, EvalContext context) {
        return Comparisons.eval(op(), left(), right(), batch, context);
    }
}
