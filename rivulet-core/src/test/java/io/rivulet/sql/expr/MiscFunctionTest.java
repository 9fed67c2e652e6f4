package io.rivulet.sql.expr;

import static io.rivulet.sql.expr.Exprs.batch;
import static io.rivulet.sql.expr.Exprs.col;
import static io.rivulet.sql.expr.Exprs.eval;
import static io.rivulet.sql.expr.Exprs.evalConstant;
import static io.rivulet.sql.expr.Exprs.lit;
import static io.rivulet.sql.expr.Exprs.vector;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiscFunctionTest {
    private static final DataType LONG = DataTypes.LongType;

    @Test
    void hashMatchesSparksDocumentedValues() {
        List<Expression> args = List.of(lit("Spark"), new CreateArray(List.of(lit(123))), lit(2));
        assertThat(evalConstant(new Murmur3Hash(args))).isEqualTo(-1321691492);
        assertThat(evalConstant(new XxHash64(args))).isEqualTo(5602566077635097486L);
        assertThat(new Murmur3Hash(args).sql()).isEqualTo("hash(Spark, array(123), 2)");
        assertThat(new XxHash64(args).sql()).isEqualTo("xxhash64(Spark, array(123), 2)");
    }

    @Test
    void xxhash64OfLongsMatchesTheBenchmarksPort() {
        ColumnBatch b = batch(vector(LONG, 0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 0xcafecafedeadbeefL, null));
        assertThat(eval(new XxHash64(List.of(col(0, LONG))), b))
                .containsExactly(
                        -5252525462095825812L,
                        -7001672635703045582L,
                        3858142552250413010L,
                        -3246596055638297850L,
                        -8619748838626508300L,
                        -6259772178006417012L,
                        42L);
        ColumnBatch ints = batch(vector(DataTypes.IntegerType, 0, 1, -1, 0xdeadbeef));
        assertThat(eval(new XxHash64(List.of(col(0, DataTypes.IntegerType))), ints))
                .containsExactly(
                        3614696996920510707L, -6698625589789238999L, 2017008487422258757L, -8041005359684616715L);
        // two columns chain: the second is hashed with the first's hash as seed
        ColumnBatch two = batch(vector(LONG, 7L), vector(LONG, 3L));
        long first = XXH64.hashLong(7L, 42L);
        assertThat(eval(new XxHash64(List.of(col(0, LONG), col(1, LONG))), two))
                .containsExactly(XXH64.hashLong(3L, first));
    }

    @Test
    void hashNormalizesNegativeZeroAndTreatsNarrowDecimalsAsLongs() {
        assertThat(evalConstant(new Murmur3Hash(List.of(lit(-0.0)))))
                .isEqualTo(evalConstant(new Murmur3Hash(List.of(lit(0.0)))));
        assertThat(evalConstant(new XxHash64(List.of(lit(new BigDecimal("1.23"))))))
                .isEqualTo(XXH64.hashLong(123L, 42L));
        assertThat(evalConstant(new Murmur3Hash(List.of(Literal.ofNull(LONG))))).isEqualTo(42);
        assertThat(new Murmur3Hash(List.of(col(0, DataTypes.createMapType(LONG, LONG))))
                        .checkInputTypes()
                        .orElseThrow())
                .contains("HASH_MAP_TYPE");
    }

    @Test
    void randMatchesSparkAndContinuesAcrossBatches() {
        assertThat(evalConstant(new Rand(0))).isEqualTo(0.7604953758285915);
        assertThat(evalConstant(new Rand(0, true, false))).isEqualTo(1.6034991609278433);
        Rand rand = new Rand(42);
        EvalContext context = new EvalContext(Exprs.UTC, true, 0);
        ColumnBatch three = new ColumnBatch(3, List.of());
        List<Object> once = Exprs.values(rand.eval(three, new EvalContext(Exprs.UTC, true, 0)));
        List<Object> first = Exprs.values(rand.eval(new ColumnBatch(1, List.of()), context));
        List<Object> rest = Exprs.values(rand.eval(new ColumnBatch(2, List.of()), context));
        assertThat(first.get(0)).isEqualTo(once.get(0));
        assertThat(rest).containsExactly(once.get(1), once.get(2));
        List<Object> partition1 = Exprs.values(rand.eval(three, new EvalContext(Exprs.UTC, true, 1)));
        assertThat(partition1.get(0)).isEqualTo(new XORShiftRandom(43).nextDouble());
        assertThat(new Rand(7, false, true).sql()).isEqualTo("rand()");
        assertThat(rand.sql()).isEqualTo("rand(42)");
        assertThat(rand.deterministic()).isFalse();
    }

    @Test
    void monotonicallyIncreasingIdAndPartitionId() {
        EvalContext context = new EvalContext(Exprs.UTC, true, 2);
        PartitionFunction id = PartitionFunction.of(PartitionFunction.Kind.MONOTONICALLY_INCREASING_ID);
        assertThat(Exprs.values(id.eval(new ColumnBatch(2, List.of()), context)))
                .containsExactly(2L << 33, (2L << 33) + 1);
        context.advance(2);
        assertThat(Exprs.values(id.eval(new ColumnBatch(1, List.of()), context)))
                .containsExactly((2L << 33) + 2);
        PartitionFunction pid = PartitionFunction.of(PartitionFunction.Kind.SPARK_PARTITION_ID);
        assertThat(Exprs.values(pid.eval(new ColumnBatch(1, List.of()), context)))
                .containsExactly(2);
        assertThat(pid.sql()).isEqualTo("SPARK_PARTITION_ID()");
        PartitionFunction uuid = PartitionFunction.of(PartitionFunction.Kind.UUID);
        String u = (String)
                Exprs.values(uuid.eval(new ColumnBatch(1, List.of()), context)).get(0);
        assertThat(java.util.UUID.fromString(u).version()).isEqualTo(4);
    }
}
