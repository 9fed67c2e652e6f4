package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.BooleanVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;
import java.util.Optional;

/** {@code NOT child} (also {@code !}): null stays null. */
public record Not(Expression child) implements Expression {
    public Not {
        requireNonNull(child, "child is null");
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == child ? this : new Not(children.get(0));
    }

    @Override
    public DataType dataType() {
        return DataTypes.BooleanType;
    }

    @Override
    public boolean nullable() {
        return child.nullable();
    }

    @Override
    public Optional<String> checkInputTypes() {
        return child.dataType().equals(DataTypes.BooleanType)
                ? Optional.empty()
                : TypeChecks.unexpectedInput(this, 0, "\"BOOLEAN\"", child);
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        BooleanVector in = (BooleanVector) child.eval(batch, context);
        int n = batch.numRows();
        boolean[] a = in.values();
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            out[i] = !a[i];
        }
        return Vectors.ofBooleans(n, out, in.nulls());
    }

    @Override
    public String sql() {
        return "(NOT " + child.sql() + ")";
    }

    @Override
    public String toString() {
        return "NOT " + child;
    }
}
