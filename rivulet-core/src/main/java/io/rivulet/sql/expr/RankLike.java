package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.DoubleVector;
import io.rivulet.sql.vector.IntVector;
import java.util.List;
import java.util.Optional;

/**
 * The ranking window functions of the ORDER BY alone: {@code row_number()}, {@code RANK()}, {@code DENSE_RANK()},
 * {@code PERCENT_RANK()} ({@code (rank - 1) / (rows - 1)}, 0 for one row) and {@code cume_dist()} (the rows up to
 * and including the row's peers, over the rows), named as Spark names them.
 */
public record RankLike(Kind kind) implements WindowFunction {
    /** The function and its column name. */
    public enum Kind {
        ROW_NUMBER("row_number", DataTypes.IntegerType),
        RANK("RANK", DataTypes.IntegerType),
        DENSE_RANK("DENSE_RANK", DataTypes.IntegerType),
        PERCENT_RANK("PERCENT_RANK", DataTypes.DoubleType),
        CUME_DIST("cume_dist", DataTypes.DoubleType);

        private final String function;
        private final DataType type;

        Kind(String function, DataType type) {
            this.function = function;
            this.type = type;
        }

        public String function() {
            return function;
        }
    }

    public RankLike {
        requireNonNull(kind, "kind is null");
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
    public DataType dataType() {
        return kind.type;
    }

    @Override
    public boolean nullable() {
        return false;
    }

    @Override
    public Optional<WindowFrame> requiredFrame() {
        return Optional.of(new WindowFrame(
                kind == Kind.CUME_DIST ? WindowFrame.FrameType.RANGE : WindowFrame.FrameType.ROWS,
                WindowFrame.UNBOUNDED_PRECEDING,
                WindowFrame.CURRENT_ROW));
    }

    @Override
    public ColumnVector evaluate(WindowPartition partition) {
        int n = partition.rows();
        int[] peers = partition.peerStart();
        if (kind == Kind.PERCENT_RANK || kind == Kind.CUME_DIST) {
            double[] out = new double[n];
            int[] peerEnd = WindowPartition.peerEnds(peers, n);
            for (int i = 0; i < n; i++) {
                out[i] = kind == Kind.CUME_DIST ? (double) peerEnd[i] / n : n <= 1 ? 0 : (double) peers[i] / (n - 1);
            }
            return new DoubleVector(DataTypes.DoubleType, n, out, null);
        }
        int[] out = new int[n];
        int dense = 0;
        for (int i = 0; i < n; i++) {
            dense += i == 0 || peers[i] != peers[i - 1] ? 1 : 0;
            out[i] = switch (kind) {
                case ROW_NUMBER -> i + 1;
                case RANK -> peers[i] + 1;
                default -> dense;
            };
        }
        return new IntVector(DataTypes.IntegerType, n, out, null);
    }

    @Override
    public String sql() {
        return kind.function() + "()";
    }

    @Override
    public String toString() {
        return kind.function().toLowerCase(java.util.Locale.ROOT) + "()";
    }
}
