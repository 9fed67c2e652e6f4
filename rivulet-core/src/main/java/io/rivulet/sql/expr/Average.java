package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.LongVector;
import io.rivulet.sql.vector.Types;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * {@code avg(v)} (also {@code mean}, named as called; {@code avg(DISTINCT v)}; {@code try_avg} in TRY mode): a double
 * for integers and doubles (summed as doubles, as Spark), a {@code decimal(min(38, p + 4), min(38, s + 4))} for a
 * {@code decimal(p, s)} (summed in {@code decimal(p + 10, s)}); null for a group without non-null values. State:
 * the sum, whether it is empty, and the count.
 */
public record Average(Expression child, boolean distinct, EvalMode evalMode, String name) implements AggregateFunction {
    public Average {
        requireNonNull(child, "child is null");
        requireNonNull(evalMode, "evalMode is null");
        requireNonNull(name, "name is null");
    }

    public Average(Expression child) {
        this(child, false, EvalMode.ANSI, "avg");
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new Average(children.get(0), distinct, evalMode, name);
    }

    private DataType sumType() {
        return child.dataType() instanceof DecimalType d
                ? TypeWidening.bounded(d.precision() + 10, d.scale())
                : DataTypes.DoubleType;
    }

    @Override
    public DataType dataType() {
        return child.dataType() instanceof DecimalType d
                ? TypeWidening.bounded(d.precision() + 4, d.scale() + 4)
                : DataTypes.DoubleType;
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public Optional<String> checkInputTypes() {
        return Types.isNumeric(child.dataType())
                ? Optional.empty()
                : TypeChecks.unexpectedInput(
                        this, 0, "(\"NUMERIC\" or \"INTERVAL DAY TO SECOND\" or \"INTERVAL YEAR TO MONTH\")", child);
    }

    @Override
    public List<DataType> stateTypes() {
        return distinct
                ? DistinctState.stateTypes(children())
                : List.of(sumType(), DataTypes.BooleanType, DataTypes.LongType);
    }

    @Override
    public GroupedState newState() {
        if (distinct) {
            return new DistinctState(new Average(child, false, evalMode, name), children());
        }
        DataType result = dataType();
        return new SumState(sumType(), evalMode, this, true) {
            @Override
            public ColumnVector results(int groups) {
                return average(sums(groups, true), counts(groups), result, groups);
            }
        };
    }

    private static ColumnVector average(ColumnVector sums, LongVector counts, DataType result, int groups) {
        boolean[] nulls = new boolean[groups];
        long[] n = counts.values();
        if (result instanceof DecimalType decimal) {
            BigDecimal[] out = new BigDecimal[groups];
            DecimalType sumType = (DecimalType) sums.type();
            for (int g = 0; g < groups; g++) {
                nulls[g] = sums.isNull(g) || n[g] == 0;
                if (!nulls[g]) {
                    out[g] = Vectors.decimal(sums, g, sumType)
                            .divide(BigDecimal.valueOf(n[g]), decimal.scale(), RoundingMode.HALF_UP);
                    nulls[g] = !DecimalArithmetic.fits(out[g], decimal.precision());
                }
            }
            return Vectors.ofDecimals(decimal, groups, out, nulls);
        }
        double[] s = Vectors.doubles(sums);
        double[] out = new double[groups];
        for (int g = 0; g < groups; g++) {
            nulls[g] = sums.isNull(g) || n[g] == 0;
            out[g] = nulls[g] ? 0 : s[g] / n[g];
        }
        return Vectors.ofDoubles(DataTypes.DoubleType, groups, out, nulls);
    }

    private String function() {
        return evalMode == EvalMode.TRY ? "try_avg" : name;
    }

    @Override
    public String sql() {
        return AggregateSql.call(function(), distinct, children(), false);
    }

    @Override
    public String toString() {
        return AggregateSql.call(function(), distinct, children(), true);
    }
}
