package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.LongType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * {@code FLOOR(x)} and {@code CEIL(x)} (also {@code ceiling}, named as called): a bigint for doubles and integers
 * (the analyzer casts integers to bigint), {@code decimal(p - s + 1, 0)} for a {@code decimal(p, s)}.
 */
public record FloorCeil(Expression child, boolean ceil, String name) implements ImplicitCastInputTypes {
    public FloorCeil {
        requireNonNull(child, "child is null");
        requireNonNull(name, "name is null");
    }

    public FloorCeil(Expression child, boolean ceil) {
        this(child, ceil, ceil ? "CEIL" : "FLOOR");
    }

    @Override
    public List<ExpectedType> inputTypes() {
        return List.of(ExpectedType.anyOf(ExpectedType.DOUBLE, ExpectedType.DECIMAL, ExpectedType.LONG));
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == child ? this : new FloorCeil(children.get(0), ceil, name);
    }

    @Override
    public DataType dataType() {
        if (child.dataType() instanceof DecimalType d) {
            return d.scale() == 0 ? d : TypeWidening.bounded(d.precision() - d.scale() + 1, 0);
        }
        return DataTypes.LongType;
    }

    @Override
    public boolean nullable() {
        return child.nullable();
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        ColumnVector in = child.eval(batch, context);
        int n = batch.numRows();
        if (in.type() instanceof LongType) {
            return in;
        }
        if (in.type() instanceof DecimalType d) {
            DecimalType result = (DecimalType) dataType();
            BigDecimal[] out = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                if (!in.isNull(i)) {
                    out[i] = Vectors.decimal(in, i, d).setScale(0, ceil ? RoundingMode.CEILING : RoundingMode.FLOOR);
                }
            }
            return Vectors.ofDecimals(result, n, out, in.nulls());
        }
        double[] a = Vectors.doubles(in);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = (long) (ceil ? Math.ceil(a[i]) : Math.floor(a[i]));
        }
        return Vectors.ofLongs(DataTypes.LongType, n, out, in.nulls());
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
