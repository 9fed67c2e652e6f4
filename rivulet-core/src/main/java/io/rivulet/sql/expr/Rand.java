package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.DoubleVector;
import java.util.List;

/**
 * {@code rand(seed)} (uniform in [0, 1)) and {@code randn(seed)} ({@code gaussian}: standard normal), as Spark's:
 * each partition draws from {@link XORShiftRandom}{@code (seed + partitionIndex)}, row after row, the generator kept
 * in the task's {@link EvalContext} from batch to batch. {@code hideSeed} names it {@code rand()} (a seed chosen for
 * the user).
 */
public record Rand(long seed, boolean gaussian, boolean hideSeed) implements Expression {
    public Rand(long seed) {
        this(seed, false, false);
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
        return DataTypes.DoubleType;
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
        XORShiftRandom random = context.state(this, () -> new XORShiftRandom(seed + context.partitionIndex()));
        int n = batch.numRows();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = gaussian ? random.nextGaussian() : random.nextDouble();
        }
        return new DoubleVector(DataTypes.DoubleType, n, out, null);
    }

    private String name() {
        return gaussian ? "randn" : "rand";
    }

    @Override
    public String sql() {
        return name() + "(" + (hideSeed ? "" : Long.toString(seed)) + ")";
    }

    @Override
    public String toString() {
        return name() + "(" + seed + ")";
    }
}
