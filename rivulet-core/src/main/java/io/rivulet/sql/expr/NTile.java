package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.IntVector;
import java.util.List;
import java.util.Optional;

/**
 * {@code ntile(n)}: the rows cut into {@code n} buckets numbered from 1, the first {@code rows % n} one row larger,
 * as Spark's. {@code n} must be a positive constant int.
 */
public record NTile(Expression buckets) implements WindowFunction {
    public NTile {
        requireNonNull(buckets, "buckets is null");
    }

    @Override
    public List<Expression> children() {
        return List.of(buckets);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new NTile(children.get(0));
    }

    @Override
    public DataType dataType() {
        return DataTypes.IntegerType;
    }

    @Override
    public boolean nullable() {
        return false;
    }

    @Override
    public Optional<String> checkInputTypes() {
        if (!buckets.foldable() || !buckets.dataType().equals(DataTypes.IntegerType)) {
            return TypeChecks.mismatch(
                    this,
                    "NON_FOLDABLE_INPUT",
                    "the input `buckets` should be a foldable" + " \"INT\" expression; however, got "
                            + Errors.expr(buckets) + ".");
        }
        Object value = buckets instanceof Literal l ? l.value() : null;
        if (value instanceof Integer n && n <= 0) {
            return TypeChecks.mismatch(
                    this,
                    "VALUE_OUT_OF_RANGE",
                    "The `buckets` must be between (0, 2147483647]" + " (current value = " + n + ").");
        }
        return Optional.empty();
    }

    @Override
    public Optional<WindowFrame> requiredFrame() {
        return Optional.of(
                new WindowFrame(WindowFrame.FrameType.ROWS, WindowFrame.UNBOUNDED_PRECEDING, WindowFrame.CURRENT_ROW));
    }

    @Override
    public ColumnVector evaluate(WindowPartition partition) {
        int n = partition.rows();
        int k = n == 0 ? 1 : (int) Vectors.longs(partition.arguments()[0])[0];
        int size = n / k;
        int remainder = n % k;
        int[] out = new int[n];
        int large = (size + 1) * remainder;
        for (int i = 0; i < n; i++) {
            out[i] = i < large ? i / (size + 1) + 1 : remainder + (i - large) / Math.max(size, 1) + 1;
        }
        return new IntVector(DataTypes.IntegerType, n, out, null);
    }

    @Override
    public String sql() {
        return "ntile(" + buckets.sql() + ")";
    }

    @Override
    public String toString() {
        return "ntile(" + buckets + ")";
    }
}
