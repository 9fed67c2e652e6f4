package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.util.List;
import java.util.Optional;

/**
 * {@code lag(input, offset, default)} and {@code lead(input, offset, default)} ({@code lead} is {@code !lag}): the
 * input {@code offset} rows before (after) the current one in the partition, or {@code default} (evaluated at the
 * current row) when there is no such row; with {@code ignoreNulls}, the {@code offset}-th non-null value instead.
 * Named {@code lag(b, 1, NULL)} as Spark.
 */
public record OffsetWindowFunction(
        boolean lag, Expression input, Expression offset, Expression defaultValue, boolean ignoreNulls)
        implements WindowFunction {
    public OffsetWindowFunction {
        requireNonNull(input, "input is null");
        requireNonNull(offset, "offset is null");
        requireNonNull(defaultValue, "defaultValue is null");
    }

    public static OffsetWindowFunction lag(Expression input, int offset, Expression defaultValue) {
        return new OffsetWindowFunction(true, input, Literal.of(offset), defaultValue, false);
    }

    public static OffsetWindowFunction lead(Expression input, int offset, Expression defaultValue) {
        return new OffsetWindowFunction(false, input, Literal.of(offset), defaultValue, false);
    }

    @Override
    public List<Expression> children() {
        return List.of(input, offset, defaultValue);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new OffsetWindowFunction(lag, children.get(0), children.get(1), children.get(2), ignoreNulls);
    }

    @Override
    public DataType dataType() {
        return input.dataType();
    }

    @Override
    public boolean nullable() {
        return true;
    }

    private int offsetValue() {
        return offset instanceof Literal l && l.value() instanceof Integer k ? k : 1;
    }

    @Override
    public Optional<String> checkInputTypes() {
        if (!(offset instanceof Literal l) || !(l.value() instanceof Integer)) {
            return TypeChecks.mismatch(
                    this,
                    "NON_FOLDABLE_INPUT",
                    "the input `offset` should be a foldable \"INT\"" + " expression; however, got "
                            + Errors.expr(offset) + ".");
        }
        return Conditionals.sameTypes(this, lag ? "lag" : "lead", List.of(input, defaultValue));
    }

    @Override
    public Optional<WindowFrame> requiredFrame() {
        long k = lag ? -offsetValue() : offsetValue();
        return Optional.of(new WindowFrame(WindowFrame.FrameType.ROWS, k, k));
    }

    @Override
    public ColumnVector evaluate(WindowPartition partition) {
        int n = partition.rows();
        ColumnVector values = partition.arguments()[0];
        ColumnVector defaults = partition.arguments()[2];
        int k = offsetValue();
        VectorBuilder out = VectorBuilder.forType(dataType(), n);
        for (int i = 0; i < n; i++) {
            int target = ignoreNulls ? nonNullTarget(values, i, k, n) : lag ? i - k : i + k;
            if (target >= 0 && target < n) {
                out.appendFrom(values, target);
            } else {
                out.appendFrom(defaults, i);
            }
        }
        return out.build();
    }

    /** The row of the k-th non-null value before (lag) or after (lead) row {@code i}, or -1. */
    private int nonNullTarget(ColumnVector values, int i, int k, int n) {
        if (k == 0) {
            return i;
        }
        int step = lag == (k > 0) ? -1 : 1;
        int remaining = Math.abs(k);
        for (int row = i + step; row >= 0 && row < n; row += step) {
            if (!values.isNull(row) && --remaining == 0) {
                return row;
            }
        }
        return -1;
    }

    private String name() {
        return lag ? "lag" : "lead";
    }

    @Override
    public String sql() {
        return SqlText.call(name(), children()) + (ignoreNulls ? " IGNORE NULLS" : "");
    }

    @Override
    public String toString() {
        return SqlText.callPlan(name(), children());
    }
}
