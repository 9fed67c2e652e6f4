package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.DoubleVector;
import java.util.Arrays;

/**
 * The grouped state of the variance and standard deviation aggregates, as Spark's {@code CentralMomentAgg}: per group
 * the count {@code n}, the mean and {@code m2} (the sum of squared deviations), updated with Welford's recurrence and
 * merged with Chan's formula. Results: {@code m2 / (n - 1)} for the sample variance (null for fewer than two values,
 * Spark's non-legacy statistics), {@code m2 / n} for the population one (null for none), and their square roots.
 */
final class MomentState implements AggregateFunction.GroupedState {
    /** Which result. */
    enum Kind {
        VAR_SAMP,
        VAR_POP,
        STDDEV_SAMP,
        STDDEV_POP
    }

    private final Kind kind;
    private double[] n = new double[0];
    private double[] mean = new double[0];
    private double[] m2 = new double[0];

    MomentState(Kind kind) {
        this.kind = kind;
    }

    @Override
    public void ensureGroups(int groups) {
        n = GroupArrays.grow(n, groups);
        mean = GroupArrays.grow(mean, groups);
        m2 = GroupArrays.grow(m2, groups);
    }

    @Override
    public void update(int[] groupIds, int rows, ColumnVector[] arguments) {
        ColumnVector v = arguments[0];
        double[] a = Vectors.doubles(v);
        boolean[] nulls = v.nulls();
        for (int i = 0; i < rows; i++) {
            if (nulls == null || !nulls[i]) {
                int g = groupIds[i];
                double x = a[i];
                double count = n[g] + 1;
                double delta = x - mean[g];
                double deltaN = delta / count;
                mean[g] += deltaN;
                m2[g] += delta * (delta - deltaN);
                n[g] = count;
            }
        }
    }

    @Override
    public void merge(int[] groupIds, int rows, ColumnVector[] partial) {
        double[] pn = ((DoubleVector) partial[0]).values();
        double[] pmean = ((DoubleVector) partial[1]).values();
        double[] pm2 = ((DoubleVector) partial[2]).values();
        for (int i = 0; i < rows; i++) {
            if (pn[i] == 0) {
                continue;
            }
            int g = groupIds[i];
            double count = n[g] + pn[i];
            double delta = pmean[i] - mean[g];
            double deltaN = count == 0 ? 0 : delta / count;
            mean[g] += deltaN * pn[i];
            m2[g] += pm2[i] + delta * deltaN * n[g] * pn[i];
            n[g] = count;
        }
    }

    @Override
    public ColumnVector[] partials(int groups) {
        return new ColumnVector[] {
            new DoubleVector(DataTypes.DoubleType, groups, Arrays.copyOf(n, groups), null),
            new DoubleVector(DataTypes.DoubleType, groups, Arrays.copyOf(mean, groups), null),
            new DoubleVector(DataTypes.DoubleType, groups, Arrays.copyOf(m2, groups), null)
        };
    }

    @Override
    public ColumnVector results(int groups) {
        double[] out = new double[groups];
        boolean[] nulls = new boolean[groups];
        boolean sample = kind == Kind.VAR_SAMP || kind == Kind.STDDEV_SAMP;
        for (int g = 0; g < groups; g++) {
            double count = n[g];
            if (count == 0 || (sample && count == 1)) {
                nulls[g] = true;
                continue;
            }
            double variance = m2[g] / (sample ? count - 1 : count);
            out[g] = kind == Kind.STDDEV_SAMP || kind == Kind.STDDEV_POP ? Math.sqrt(variance) : variance;
        }
        return Vectors.ofDoubles(DataTypes.DoubleType, groups, out, nulls);
    }

    @Override
    public long estimatedBytes() {
        return 64 + 24L * n.length;
    }
}
