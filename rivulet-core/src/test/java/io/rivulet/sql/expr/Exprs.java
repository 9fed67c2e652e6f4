package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test helpers: vectors and batches of external values, bound columns, evaluation to external values. */
final class Exprs {
    static final ZoneId UTC = ZoneOffset.UTC;

    private Exprs() {}

    static EvalContext context() {
        return new EvalContext(UTC, true, 0);
    }

    static ColumnVector vector(DataType type, Object... values) {
        VectorBuilder builder = VectorBuilder.forType(type, values.length);
        for (Object value : values) {
            builder.append(value);
        }
        return builder.build();
    }

    static ColumnBatch batch(ColumnVector... columns) {
        return ColumnBatch.of(columns);
    }

    static BoundReference col(int ordinal, DataType type) {
        return new BoundReference(ordinal, type, true);
    }

    static Literal lit(Object value) {
        return Literal.of(value);
    }

    static Literal nullOf(DataType type) {
        return Literal.ofNull(type);
    }

    static List<Object> values(ColumnVector vector) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < vector.size(); i++) {
            out.add(vector.get(i));
        }
        return out;
    }

    static List<Object> eval(Expression expression, ColumnBatch batch) {
        ColumnVector result = expression.eval(batch, context());
        if (result.size() != batch.numRows()) {
            throw new AssertionError(result.size() + " rows for a batch of " + batch.numRows());
        }
        return values(result);
    }

    /** The one value of {@code expression} over a batch of one row and no columns (constants). */
    static Object evalConstant(Expression expression) {
        return eval(expression, new ColumnBatch(1, List.of())).get(0);
    }

    /** One column of values, evaluated with the function over it. */
    static List<Object> evalOver(
            DataType type, java.util.function.Function<Expression, Expression> f, Object... values) {
        return eval(f.apply(col(0, type)), batch(vector(type, values)));
    }

    static List<Object> list(Object... values) {
        return Arrays.asList(values);
    }
}
