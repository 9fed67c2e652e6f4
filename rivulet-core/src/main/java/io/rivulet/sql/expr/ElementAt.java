package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.vector.ArrayVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.MapVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.util.List;
import java.util.Optional;

/**
 * {@code element_at(array, index)}: 1-based, negative from the end; index 0 is {@code [INVALID_INDEX_OF_ZERO]}; out
 * of bounds {@code [INVALID_ARRAY_INDEX_IN_ELEMENT_AT]} in ANSI mode, else null ({@code try_element_at} is the TRY
 * mode, null for both). {@code element_at(map, key)}: the key's value, null when missing.
 */
public record ElementAt(Expression left, Expression right, EvalMode evalMode) implements MayRaise {
    public ElementAt {
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
        requireNonNull(evalMode, "evalMode is null");
    }

    @Override
    public boolean mayRaise() {
        return evalMode != EvalMode.TRY && left.dataType() instanceof ArrayType;
    }

    @Override
    public List<Expression> children() {
        return List.of(left, right);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new ElementAt(children.get(0), children.get(1), evalMode);
    }

    @Override
    public DataType dataType() {
        DataType type = left.dataType();
        return type instanceof ArrayType a ? a.elementType() : ((MapType) type).valueType();
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public Optional<String> checkInputTypes() {
        DataType type = left.dataType();
        if (type instanceof ArrayType) {
            return right.dataType().equals(io.rivulet.sql.types.DataTypes.IntegerType)
                    ? Optional.empty()
                    : TypeChecks.unexpectedInput(this, 1, "\"INT\"", right);
        } else if (type instanceof MapType map) {
            return io.rivulet.sql.vector.Types.sameIgnoringNullability(map.keyType(), right.dataType())
                    ? Optional.empty()
                    : TypeChecks.unexpectedInput(this, 1, Errors.type(map.keyType()), right);
        }
        return TypeChecks.unexpectedInput(this, 0, "(\"ARRAY\" or \"MAP\")", left);
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        ColumnVector container = left.eval(batch, context);
        ColumnVector key = right.eval(batch, context);
        if (container instanceof MapVector map) {
            return Nested.mapLookup(map, key, dataType());
        }
        ArrayVector array = (ArrayVector) container;
        int n = batch.numRows();
        long[] index = Vectors.longs(key);
        VectorBuilder out = VectorBuilder.forType(dataType(), n);
        for (int i = 0; i < n; i++) {
            if (array.isNull(i) || key.isNull(i)) {
                out.appendNull();
                continue;
            }
            int length = array.length(i);
            long k = index[i];
            if (k == 0) {
                if (evalMode == EvalMode.TRY) {
                    out.appendNull();
                    continue;
                }
                throw Errors.indexOfZero(this);
            }
            long position = k > 0 ? k - 1 : length + k;
            if (position < 0 || position >= length) {
                if (evalMode == EvalMode.ANSI) {
                    throw Errors.invalidElementAtIndex((int) k, length, this);
                }
                out.appendNull();
                continue;
            }
            out.appendFrom(array.elements(), array.offset(i) + (int) position);
        }
        return out.build();
    }

    @Override
    public String sql() {
        return SqlText.call(evalMode == EvalMode.TRY ? "try_element_at" : "element_at", children());
    }

    @Override
    public String toString() {
        return SqlText.callPlan(evalMode == EvalMode.TRY ? "try_element_at" : "element_at", children());
    }
}
