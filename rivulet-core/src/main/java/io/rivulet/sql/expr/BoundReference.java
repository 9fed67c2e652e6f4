package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;

/**
 * A column of the batches an operator reads, by position: what the physical planner binds each
 * {@link AttributeReference} to ({@link Binder}), so that evaluation is an array index, not a name lookup.
 */
public record BoundReference(int ordinal, DataType dataType, boolean nullable) implements Expression {
    public BoundReference {
        requireNonNull(dataType, "dataType is null");
        if (ordinal < 0) {
            throw new IllegalArgumentException("ordinal must not be negative: " + ordinal);
        }
    }

    @Override
    public List<Expression> children() {
        return List.of();
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return this;
    }

    @Override
    public boolean foldable() {
        return false;
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        return batch.column(ordinal);
    }

    @Override
    public String sql() {
        return "input[" + ordinal + "]";
    }

    @Override
    public String toString() {
        return "input[" + ordinal + ", " + dataType.simpleString() + ", " + nullable + "]";
    }
}
