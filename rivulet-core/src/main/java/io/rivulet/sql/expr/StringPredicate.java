package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.Arrays;
import java.util.List;

/**
 * {@link StartsWith}, {@link EndsWith} and {@link Contains}: a string (or binary) tested against another, byte by
 * byte; null when either is.
 */
interface StringPredicate extends ImplicitCastInputTypes {
    Expression left();

    Expression right();

    /** The function's name: {@code startswith}, ... */
    String name();

    boolean test(byte[] s, int sOffset, int sLength, byte[] p, int pOffset, int pLength);

    @Override
    default List<ExpectedType> inputTypes() {
        return List.of(ExpectedType.STRING_OR_BINARY, ExpectedType.STRING_OR_BINARY);
    }

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
        return left().nullable() || right().nullable();
    }

    @Override
    default ColumnVector eval(ColumnBatch batch, EvalContext context) {
        return StringKernels.predicate(left().eval(batch, context), right().eval(batch, context), this::test);
    }

    @Override
    default String sql() {
        return SqlText.call(name(), children());
    }

    static boolean startsWith(byte[] s, int so, int sl, byte[] p, int po, int pl) {
        return sl >= pl && Arrays.equals(s, so, so + pl, p, po, po + pl);
    }

    static boolean endsWith(byte[] s, int so, int sl, byte[] p, int po, int pl) {
        return sl >= pl && Arrays.equals(s, so + sl - pl, so + sl, p, po, po + pl);
    }

    static boolean contains(byte[] s, int so, int sl, byte[] p, int po, int pl) {
        return StringKernels.indexOf(s, so, sl, p, po, pl, 0) >= 0;
    }
}
