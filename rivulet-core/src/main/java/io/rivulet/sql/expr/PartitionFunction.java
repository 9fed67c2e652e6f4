package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.IntVector;
import io.rivulet.sql.vector.LongVector;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The functions of a row's place in its task: {@code monotonically_increasing_id()} (the partition index in the
 * upper 31 bits, the row's number in the partition in the lower 33, from {@link EvalContext#rowsBefore()}), {@code
 * spark_partition_id()}, and {@code uuid()} (random UUIDs from a generator seeded with {@code seed + partition}).
 */
public record PartitionFunction(Kind kind, long seed) implements Expression {
    /** The function. */
    public enum Kind {
        MONOTONICALLY_INCREASING_ID("monotonically_increasing_id", DataTypes.LongType),
        SPARK_PARTITION_ID("SPARK_PARTITION_ID", DataTypes.IntegerType),
        UUID("uuid", DataTypes.StringType);

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

    public PartitionFunction {
        requireNonNull(kind, "kind is null");
    }

    public static PartitionFunction of(Kind kind) {
        return new PartitionFunction(kind, 0);
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
    public boolean deterministic() {
        return false;
    }

    @Override
    public boolean foldable() {
        return false;
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        int n = batch.numRows();
        switch (kind) {
            case MONOTONICALLY_INCREASING_ID -> {
                long base = ((long) context.partitionIndex() << 33) + context.rowsBefore();
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    out[i] = base + i;
                }
                return new LongVector(DataTypes.LongType, n, out, null);
            }
            case SPARK_PARTITION_ID -> {
                int[] out = new int[n];
                java.util.Arrays.fill(out, context.partitionIndex());
                return new IntVector(DataTypes.IntegerType, n, out, null);
            }
            default -> {
                SplittableRandom random =
                        context.state(this, () -> new SplittableRandom(seed + context.partitionIndex()));
                BytesVector.Builder out = BytesVector.builder(DataTypes.StringType, n);
                for (int i = 0; i < n; i++) {
                    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
                    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
                    out.append(new UUID(high, low).toString());
                }
                return out.build();
            }
        }
    }

    @Override
    public String sql() {
        return kind.function() + "()";
    }

    @Override
    public String toString() {
        return kind.function() + "()";
    }
}
