package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.util.List;
import java.util.Optional;

/**
 * {@code nth_value(input, n)}: the input at the n-th row (from 1) of the row's frame, null when the frame is
 * shorter; with {@code ignoreNulls}, the n-th non-null value of the frame.
 */
public record NthValue(Expression input, Expression offset, boolean ignoreNulls) implements WindowFunction {
    public NthValue {
        requireNonNull(input, "input is null");
        requireNonNull(offset, "offset is null");
    }

    @Override
    public List<Expression> children() {
        return List.of(input, offset);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new NthValue(children.get(0), children.get(1), ignoreNulls);
    }

    @Override
    public DataType dataType() {
        return input.dataType();
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public Optional<String> checkInputTypes() {
        if (!(offset instanceof Literal l) || !(l.value() instanceof Integer k) || k <= 0) {
            return TypeChecks.mismatch(
                    this,
                    "VALUE_OUT_OF_RANGE",
                    "The `offset` must be between (0, 2147483647]" + " (current value = " + offset.sql() + ").");
        }
        return Optional.empty();
    }

    @Override
    public ColumnVector evaluate(WindowPartition partition) {
        int n = partition.rows();
        ColumnVector values = partition.arguments()[0];
        int k = (Integer) ((Literal) offset).value();
        VectorBuilder out = VectorBuilder.forType(dataType(), n);
        for (int i = 0; i < n; i++) {
            int from = partition.frameStart()[i];
            int to = partition.frameEnd()[i];
            int target = -1;
            if (ignoreNulls) {
                int seen = 0;
                for (int row = from; row < to && target < 0; row++) {
                    if (!values.isNull(row) && ++seen == k) {
                        target = row;
                    }
                }
            } else if (from + k - 1 < to) {
                target = from + k - 1;
            }
            if (target < 0) {
                out.appendNull();
            } else {
                out.appendFrom(values, target);
            }
        }
        return out.build();
    }

    @Override
    public String sql() {
        return SqlText.call("nth_value", children()) + (ignoreNulls ? " IGNORE NULLS" : "");
    }

    @Override
    public String toString() {
        return SqlText.callPlan("nth_value", children());
    }
}
