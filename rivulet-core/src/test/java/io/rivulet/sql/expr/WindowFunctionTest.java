package io.rivulet.sql.expr;

import static io.rivulet.sql.expr.Exprs.col;
import static io.rivulet.sql.expr.Exprs.lit;
import static io.rivulet.sql.expr.Exprs.vector;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowFunctionTest {
    /** Rows ordered by a key 1, 1, 2, 3, 3, 3: peer groups start at 0, 0, 2, 3, 3, 3. */
    private static final int[] PEERS = {0, 0, 2, 3, 3, 3};

    private static WindowPartition partition(WindowFrame frame, ColumnVector... arguments) {
        return WindowPartition.of(6, arguments, PEERS, frame, null, Exprs.context());
    }

    private static final WindowFrame RUNNING = WindowFrame.DEFAULT_ORDERED;

    @Test
    void rankingFunctions() {
        assertThat(Exprs.values(new RankLike(RankLike.Kind.ROW_NUMBER).evaluate(partition(RUNNING))))
                .containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(Exprs.values(new RankLike(RankLike.Kind.RANK).evaluate(partition(RUNNING))))
                .containsExactly(1, 1, 3, 4, 4, 4);
        assertThat(Exprs.values(new RankLike(RankLike.Kind.DENSE_RANK).evaluate(partition(RUNNING))))
                .containsExactly(1, 1, 2, 3, 3, 3);
        assertThat(Exprs.values(new RankLike(RankLike.Kind.PERCENT_RANK).evaluate(partition(RUNNING))))
                .containsExactly(0.0, 0.0, 0.4, 0.6, 0.6, 0.6);
        assertThat(Exprs.values(new RankLike(RankLike.Kind.CUME_DIST).evaluate(partition(RUNNING))))
                .containsExactly(2 / 6.0, 2 / 6.0, 3 / 6.0, 1.0, 1.0, 1.0);
        assertThat(new RankLike(RankLike.Kind.RANK).sql()).isEqualTo("RANK()");
        assertThat(new RankLike(RankLike.Kind.ROW_NUMBER).sql()).isEqualTo("row_number()");
    }

    @Test
    void ntileSplitsAsSpark() {
        ColumnVector four = vector(DataTypes.IntegerType, 4, 4, 4, 4, 4, 4);
        assertThat(Exprs.values(new NTile(lit(4)).evaluate(partition(RUNNING, four))))
                .containsExactly(1, 1, 2, 2, 3, 4);
        ColumnVector ten = vector(DataTypes.IntegerType, 10, 10, 10, 10, 10, 10);
        assertThat(Exprs.values(new NTile(lit(10)).evaluate(partition(RUNNING, ten))))
                .containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(new NTile(lit(0)).checkInputTypes().orElseThrow()).contains("VALUE_OUT_OF_RANGE");
    }

    @Test
    void lagLeadWithDefaultsAndIgnoreNulls() {
        ColumnVector values = vector(DataTypes.IntegerType, 1, null, 3, 4, null, 6);
        ColumnVector offsets = vector(DataTypes.IntegerType, 1, 1, 1, 1, 1, 1);
        ColumnVector defaults = vector(DataTypes.IntegerType, -1, -1, -1, -1, -1, -1);
        OffsetWindowFunction lag = OffsetWindowFunction.lag(col(0, DataTypes.IntegerType), 1, lit(-1));
        assertThat(Exprs.values(lag.evaluate(partition(RUNNING, values, offsets, defaults))))
                .containsExactly(-1, 1, null, 3, 4, null);
        OffsetWindowFunction lead = OffsetWindowFunction.lead(col(0, DataTypes.IntegerType), 1, lit(-1));
        assertThat(Exprs.values(lead.evaluate(partition(RUNNING, values, offsets, defaults))))
                .containsExactly(null, 3, 4, null, 6, -1);
        OffsetWindowFunction ignoring =
                new OffsetWindowFunction(true, col(0, DataTypes.IntegerType), lit(1), lit(-1), true);
        assertThat(Exprs.values(ignoring.evaluate(partition(RUNNING, values, offsets, defaults))))
                .containsExactly(-1, 1, 1, 3, 4, 4);
        assertThat(OffsetWindowFunction.lag(UnresolvedAttribute.of("b"), 1, Literal.ofNull(DataTypes.NullType))
                        .sql())
                .isEqualTo("lag(b, 1, NULL)");
        assertThat(lag.requiredFrame()).contains(new WindowFrame(WindowFrame.FrameType.ROWS, -1, -1));
    }

    @Test
    void nthValueAndAggregatesOverFrames() {
        ColumnVector values = vector(DataTypes.LongType, 10L, 20L, 30L, 40L, 50L, 60L);
        NthValue second = new NthValue(col(0, DataTypes.LongType), lit(2), false);
        assertThat(Exprs.values(second.evaluate(partition(RUNNING, values))))
                .containsExactly(20L, 20L, 20L, 20L, 20L, 20L);
        assertThat(Exprs.values(second.evaluate(partition(new WindowFrame(WindowFrame.FrameType.ROWS, 0, 0), values))))
                .containsExactly(null, null, null, null, null, null);
        Sum sum = new Sum(col(0, DataTypes.LongType));
        // RANGE UNBOUNDED PRECEDING .. CURRENT ROW: peers share the running sum
        assertThat(Exprs.values(WindowAggregates.evaluate(sum, partition(RUNNING, values))))
                .containsExactly(30L, 30L, 60L, 210L, 210L, 210L);
        WindowFrame sliding = new WindowFrame(WindowFrame.FrameType.ROWS, -1, 1);
        assertThat(Exprs.values(WindowAggregates.evaluate(sum, partition(sliding, values))))
                .containsExactly(30L, 60L, 90L, 120L, 150L, 110L);
        assertThat(Exprs.values(WindowAggregates.evaluate(
                        new First(col(0, DataTypes.LongType), false), partition(sliding, values))))
                .containsExactly(10L, 10L, 20L, 30L, 40L, 50L);
        assertThat(Exprs.values(WindowAggregates.evaluate(
                        Count.star(),
                        partition(WindowFrame.WHOLE_PARTITION, vector(DataTypes.IntegerType, 1, 1, 1, 1, 1, 1)))))
                .containsExactly(6L, 6L, 6L, 6L, 6L, 6L);
    }

    @Test
    void windowSqlAsSpark() {
        WindowSpecDefinition spec = new WindowSpecDefinition(
                List.of(UnresolvedAttribute.of("a")),
                List.of(SortOrder.asc(UnresolvedAttribute.of("b"))),
                Optional.of(new WindowFrame(WindowFrame.FrameType.ROWS, -1, -1)));
        WindowExpression w = new WindowExpression(
                OffsetWindowFunction.lag(UnresolvedAttribute.of("b"), 1, Literal.ofNull(DataTypes.NullType)), spec);
        assertThat(w.sql())
                .isEqualTo(
                        "lag(b, 1, NULL) OVER (PARTITION BY a ORDER BY b ASC NULLS FIRST ROWS BETWEEN -1 FOLLOWING AND"
                                + " -1 FOLLOWING)");
    }
}
