package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ArrayVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.IntVector;
import io.rivulet.sql.vector.MapVector;
import java.util.List;

/**
 * {@code size(x)} (also {@code cardinality}) of an array or map. Of a null: null in ANSI mode, -1 with ANSI off, as
 * Spark 4 ({@code spark.sql.legacy.sizeOfNull} holds only when ANSI mode is off).
 */
public record Size(Expression child, String name) implements ImplicitCastInputTypes {
    public Size {
        requireNonNull(child, "child is null");
        requireNonNull(name, "name is null");
    }

    public Size(Expression child) {
        this(child, "size");
    }

    @Override
    public List<ExpectedType> inputTypes() {
        return List.of(ExpectedType.anyOf(ExpectedType.ARRAY, ExpectedType.MAP));
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == child ? this : new Size(children.get(0), name);
    }

    @Override
    public DataType dataType() {
        return DataTypes.IntegerType;
    }

    @Override
    public boolean nullable() {
        return child.nullable();
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        ColumnVector in = child.eval(batch, context);
        int n = batch.numRows();
        int[] offsets = in instanceof ArrayVector a ? a.offsets() : in instanceof MapVector m ? m.offsets() : null;
        int[] out = new int[n];
        boolean[] nulls = in.nulls();
        for (int i = 0; i < n; i++) {
            out[i] = offsets == null ? 0 : offsets[i + 1] - offsets[i];
        }
        if (nulls != null && !context.ansi()) {
            for (int i = 0; i < n; i++) {
                out[i] = nulls[i] ? -1 : out[i];
            }
            return new IntVector(DataTypes.IntegerType, n, out, null);
        }
        return new IntVector(DataTypes.IntegerType, n, out, offsets == null ? Vectors.writable(null, n) : nulls);
    }

    @Override
    public String sql() {
        return name + "(" + child.sql() + ")";
    }

    @Override
    public String toString() {
        return name + "(" + child + ")";
    }
}
