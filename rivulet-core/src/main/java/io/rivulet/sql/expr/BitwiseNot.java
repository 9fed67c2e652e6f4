package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;
import java.util.Optional;

/** {@code ~child}: the bits of an integer flipped. */
public record BitwiseNot(Expression child) implements ImplicitCastInputTypes {
    public BitwiseNot {
        requireNonNull(child, "child is null");
    }

    @Override
    public List<ExpectedType> inputTypes() {
        return List.of(ExpectedType.INTEGRAL);
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new BitwiseNot(children.get(0));
    }

    @Override
    public DataType dataType() {
        return child.dataType();
    }

    @Override
    public boolean nullable() {
        return child.nullable();
    }

    @Override
    public Optional<String> checkInputTypes() {
        return ImplicitCastInputTypes.super.checkInputTypes();
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        ColumnVector in = child.eval(batch, context);
        int n = batch.numRows();
        long[] a = Vectors.longs(in);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = ~a[i];
        }
        return Vectors.ofLongs(in.type(), n, out, in.nulls());
    }

    @Override
    public String sql() {
        return "~" + child.sql();
    }

    @Override
    public String toString() {
        return "~" + child;
    }
}
