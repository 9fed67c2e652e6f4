package io.rivulet.sql.expr;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ArrayVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.Types;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The percentage argument of the percentile aggregates: a constant number, or an array of them, each in
 * {@code [0, 1]}; checked during analysis as Spark checks it, then read once for the state.
 */
record Percentages(double[] values, boolean array) {
    private static final ColumnBatch ONE_ROW = new ColumnBatch(1, List.of());

    static Optional<String> check(Expression node, Expression percentage) {
        DataType type = percentage.dataType();
        boolean numbers = Types.isNumeric(type) || (type instanceof ArrayType a && Types.isNumeric(a.elementType()));
        if (!numbers) {
            return TypeChecks.unexpectedInput(node, 1, "(\"DOUBLE\" or \"ARRAY<DOUBLE>\")", percentage);
        }
        Optional<String> foldable = TypeChecks.foldable(node, "`percentage`", "double or array<double>", percentage);
        if (foldable.isPresent()) {
            return foldable;
        }
        Percentages read = of(percentage);
        if (read == null) {
            return TypeChecks.mismatch(node, "UNEXPECTED_NULL", "The `percentage` must not be null.");
        }
        for (double p : read.values) {
            if (!(p >= 0.0 && p <= 1.0)) {
                return TypeChecks.mismatch(
                        node, "VALUE_OUT_OF_RANGE", "The `percentage` must be between [0.0, 1.0], but got " + p + ".");
            }
        }
        return Optional.empty();
    }

    /** The constant's values; null when it, or one of its elements, is null. */
    static Percentages of(Expression percentage) {
        ColumnVector value = percentage.eval(ONE_ROW, EvalContext.forPlanning(ZoneOffset.UTC, true));
        if (value.isNull(0)) {
            return null;
        }
        if (value instanceof ArrayVector arrays) {
            ColumnVector elements = arrays.elements();
            int from = arrays.offset(0);
            double[] all = Vectors.doubles(elements);
            double[] values = new double[arrays.offset(1) - from];
            for (int i = 0; i < values.length; i++) {
                if (elements.isNull(from + i)) {
                    return null;
                }
                values[i] = all[from + i];
            }
            return new Percentages(values, true);
        }
        return new Percentages(new double[] {Vectors.doubles(value)[0]}, false);
    }
}
