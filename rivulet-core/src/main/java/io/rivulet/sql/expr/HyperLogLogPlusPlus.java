package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.LongVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The grouped state of {@link ApproxCountDistinct}: HyperLogLog++ as Spark's {@code HyperLogLogPlusPlusHelper}.
 * The precision {@code p = ceil(2 log2(1.106 / rsd))} (9 for the default 0.05: 512 registers); each non-null value
 * is hashed with Spark's {@code xxhash64} (seed 42), its top {@code p} bits choose a register, which keeps the
 * largest rank (leading zeros + 1) of the rest. The estimate is linear counting while it is below Spark's threshold
 * for {@code p} (so small counts are Spark's exactly), the raw HyperLogLog estimate above {@code 5m}, and in between
 * linear counting again in place of Spark's empirical bias tables (within the error bound, not bit for bit).
 * Partial state: the registers as one byte each ({@code binary}); merging keeps the larger of each.
 */
final class HyperLogLogPlusPlus implements AggregateFunction.GroupedState {
    /** HLL++'s linear-counting thresholds for p = 4 .. 18 (the paper's table, as Spark). */
    private static final double[] THRESHOLDS = {
        10, 20, 40, 80, 220, 400, 900, 1800, 3100, 6500, 11500, 20000, 50000, 120000, 350000
    };

    private final int p;
    private final int m;
    private final double alphaM2;
    private final List<byte[]> registers = new ArrayList<>();

    HyperLogLogPlusPlus(double relativeSd) {
        this.p = precision(relativeSd);
        this.m = 1 << p;
        double alpha = switch (p) {
            case 4 -> 0.673;
            case 5 -> 0.697;
            case 6 -> 0.709;
            default -> 0.7213 / (1 + 1.079 / m);
        };
        this.alphaM2 = alpha * m * m;
    }

    static int precision(double relativeSd) {
        return (int) Math.ceil(2.0 * Math.log(1.106 / relativeSd) / Math.log(2.0));
    }

    @Override
    public void ensureGroups(int groups) {
        while (registers.size() < groups) {
            registers.add(new byte[m]);
        }
    }

    @Override
    public void update(int[] groupIds, int rows, ColumnVector[] arguments) {
        ColumnVector v = arguments[0];
        long[] hashes = new long[rows];
        Arrays.fill(hashes, 42L);
        HashKernels.update(v, hashes, true);
        for (int i = 0; i < rows; i++) {
            if (!v.isNull(i)) {
                add(registers.get(groupIds[i]), hashes[i]);
            }
        }
    }

    private void add(byte[] r, long hash) {
        int index = (int) (hash >>> (64 - p));
        long w = hash << p | (1L << (p - 1));
        int rank = Long.numberOfLeadingZeros(w) + 1;
        if (rank > r[index]) {
            r[index] = (byte) rank;
        }
    }

    @Override
    public void merge(int[] groupIds, int rows, ColumnVector[] partial) {
        BytesVector other = (BytesVector) partial[0];
        byte[] bytes = other.bytes();
        for (int i = 0; i < rows; i++) {
            byte[] r = registers.get(groupIds[i]);
            int offset = other.offset(i);
            for (int j = 0; j < m; j++) {
                r[j] = (byte) Math.max(r[j], bytes[offset + j]);
            }
        }
    }

    @Override
    public ColumnVector[] partials(int groups) {
        BytesVector.Builder builder = BytesVector.builder(DataTypes.BinaryType, groups);
        for (int g = 0; g < groups; g++) {
            builder.append(registers.get(g));
        }
        return new ColumnVector[] {builder.build()};
    }

    @Override
    public ColumnVector results(int groups) {
        long[] out = new long[groups];
        for (int g = 0; g < groups; g++) {
            out[g] = estimate(registers.get(g));
        }
        return new LongVector(DataTypes.LongType, groups, out, null);
    }

    long estimate(byte[] r) {
        double zInverse = 0;
        int zeros = 0;
        for (byte rank : r) {
            zInverse += 1.0 / (1L << rank);
            zeros += rank == 0 ? 1 : 0;
        }
        double raw = alphaM2 / zInverse;
        if (zeros > 0) {
            double linear = m * Math.log((double) m / zeros);
            if (linear <= THRESHOLDS[p - 4] || raw < 5.0 * m) {
                return Math.round(linear);
            }
        }
        return Math.round(raw);
    }

    @Override
    public long estimatedBytes() {
        return 64 + (long) (m + 16) * registers.size();
    }
}
