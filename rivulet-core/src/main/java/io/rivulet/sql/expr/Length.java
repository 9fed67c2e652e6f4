package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.BinaryType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.IntVector;
import java.util.List;

/**
 * {@code length(s)} (also {@code char_length}, {@code character_length}, {@code len}: named as called): the
 * characters of a string, the bytes of a binary; {@code octet_length} the bytes and {@code bit_length} the bits of
 * either.
 */
public record Length(Expression child, String name) implements ImplicitCastInputTypes {
    public Length {
        requireNonNull(child, "child is null");
        requireNonNull(name, "name is null");
    }

    public Length(Expression child) {
        this(child, "length");
    }

    @Override
    public List<ExpectedType> inputTypes() {
        return List.of(ExpectedType.STRING_OR_BINARY);
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == child ? this : new Length(children.get(0), name);
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
        BytesVector in = (BytesVector) child.eval(batch, context);
        int n = in.size();
        int[] out = new int[n];
        int[] offsets = in.offsets();
        boolean bytes = name.equals("octet_length") || name.equals("bit_length") || in.type() instanceof BinaryType;
        int factor = name.equals("bit_length") ? 8 : 1;
        if (bytes) {
            for (int i = 0; i < n; i++) {
                out[i] = (offsets[i + 1] - offsets[i]) * factor;
            }
        } else {
            byte[] b = in.bytes();
            for (int i = 0; i < n; i++) {
                out[i] = StringKernels.numChars(b, offsets[i], offsets[i + 1] - offsets[i]);
            }
        }
        return new IntVector(DataTypes.IntegerType, n, out, in.nulls());
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
