package io.rivulet.sql.expr;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ArrayVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.util.List;
import java.util.Optional;

/** {@code array(a, b, ...)}: an array of the arguments (of one type) in every row; never null itself. */
public record CreateArray(List<Expression> children) implements Expression {
    public CreateArray {
        children = List.copyOf(children);
    }

    @Override
    public Expression withNewChildren(List<Expression> newChildren) {
        return new CreateArray(newChildren);
    }

    @Override
    public DataType dataType() {
        DataType element = children.isEmpty() ? DataTypes.NullType : Conditionals.commonType(children);
        return new ArrayType(element, children.stream().anyMatch(Expression::nullable));
    }

    @Override
    public boolean nullable() {
        return false;
    }

    @Override
    public Optional<String> checkInputTypes() {
        return Conditionals.sameTypes(this, "array", children);
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        int n = batch.numRows();
        int k = children.size();
        ArrayType type = (ArrayType) dataType();
        ColumnVector[] vectors = new ColumnVector[k];
        for (int j = 0; j < k; j++) {
            vectors[j] = children.get(j).eval(batch, context);
        }
        VectorBuilder elements = VectorBuilder.forType(type.elementType(), n * k);
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                elements.appendFrom(vectors[j], i);
            }
            offsets[i + 1] = offsets[i] + k;
        }
        return new ArrayVector(type, n, offsets, elements.build(), null);
    }

    @Override
    public String sql() {
        return SqlText.call("array", children);
    }

    @Override
    public String toString() {
        return SqlText.callPlan("array", children);
    }
}
