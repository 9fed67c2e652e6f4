package io.rivulet.sql.expr;

import static io.rivulet.sql.expr.Exprs.batch;
import static io.rivulet.sql.expr.Exprs.col;
import static io.rivulet.sql.expr.Exprs.eval;
import static io.rivulet.sql.expr.Exprs.evalConstant;
import static io.rivulet.sql.expr.Exprs.lit;
import static io.rivulet.sql.expr.Exprs.nullOf;
import static io.rivulet.sql.expr.Exprs.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.List;
import org.junit.jupiter.api.Test;

class PredicateTest {
    private static final DataType INT = DataTypes.IntegerType;
    private static final DataType LONG = DataTypes.LongType;
    private static final DataType DOUBLE = DataTypes.DoubleType;
    private static final DataType STRING = DataTypes.StringType;
    private static final DataType BOOL = DataTypes.BooleanType;

    @Test
    void comparesEveryStorageWithNulls() {
        ColumnBatch ints = batch(vector(INT, 1, 2, null, 3), vector(INT, 2, 2, 1, null));
        assertThat(eval(new LessThan(col(0, INT), col(1, INT)), ints)).containsExactly(true, false, null, null);
        assertThat(eval(new EqualTo(col(0, INT), col(1, INT)), ints)).containsExactly(false, true, null, null);
        assertThat(eval(new GreaterThanOrEqual(col(0, INT), col(1, INT)), ints))
                .containsExactly(false, true, null, null);
        ColumnBatch strings = batch(vector(STRING, "a", "é", "b", "ab"), vector(STRING, "b", "z", "b", "a"));
        // by UTF-8 bytes: é (0xC3 0xA9) sorts after z
        assertThat(eval(new LessThan(col(0, STRING), col(1, STRING)), strings))
                .containsExactly(true, false, false, false);
        assertThat(eval(new EqualTo(col(0, STRING), col(1, STRING)), strings))
                .containsExactly(false, false, true, false);
    }

    @Test
    void nanIsEqualToItselfAndAboveEverything() {
        ColumnBatch doubles = batch(
                vector(DOUBLE, Double.NaN, Double.NaN, 1.0, -0.0),
                vector(DOUBLE, Double.NaN, Double.POSITIVE_INFINITY, Double.NaN, 0.0));
        assertThat(eval(new EqualTo(col(0, DOUBLE), col(1, DOUBLE)), doubles))
                .containsExactly(true, false, false, true);
        assertThat(eval(new GreaterThan(col(0, DOUBLE), col(1, DOUBLE)), doubles))
                .containsExactly(false, true, false, false);
        // the constant fast path agrees
        ColumnBatch column = batch(vector(DOUBLE, Double.NaN, 1.0, 5.0, -0.0, null));
        assertThat(eval(new GreaterThan(col(0, DOUBLE), lit(2.0)), column))
                .containsExactly(true, false, true, false, null);
        assertThat(eval(new EqualTo(col(0, DOUBLE), lit(0.0)), column))
                .containsExactly(false, false, false, true, null);
        assertThat(eval(new EqualTo(col(0, DOUBLE), lit(Double.NaN)), column))
                .containsExactly(true, false, false, false, null);
        assertThat(eval(new LessThan(lit(2.0), col(0, DOUBLE)), column))
                .containsExactly(true, false, true, false, null);
    }

    @Test
    void constantFastPathsAgreeWithTheGeneralKernel() {
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 20; round++) {
            int n = random.nextInt(30);
            Object[] longs = new Object[n];
            for (int i = 0; i < n; i++) {
                longs[i] = random.nextInt(6) == 0 ? null : (long) random.nextInt(7);
            }
            ColumnBatch b = batch(vector(LONG, longs), vector(LONG, repeat(3L, n)));
            for (ComparisonOp op : ComparisonOp.values()) {
                if (op == ComparisonOp.NULL_SAFE_EQUAL) {
                    continue;
                }
                List<Object> fast = eval(comparison(op, col(0, LONG), lit(3L)), b);
                List<Object> slow = eval(comparison(op, col(0, LONG), col(1, LONG)), b);
                assertThat(fast).as(op.toString()).isEqualTo(slow);
                assertThat(eval(comparison(op.flip(), lit(3L), col(0, LONG)), b))
                        .isEqualTo(slow);
            }
        }
    }

    private static Object[] repeat(Object value, int n) {
        Object[] out = new Object[n];
        java.util.Arrays.fill(out, value);
        return out;
    }

    static Expression comparison(ComparisonOp op, Expression l, Expression r) {
        return switch (op) {
            case EQUAL -> new EqualTo(l, r);
            case NULL_SAFE_EQUAL -> new EqualNullSafe(l, r);
            case LESS -> new LessThan(l, r);
            case LESS_OR_EQUAL -> new LessThanOrEqual(l, r);
            case GREATER -> new GreaterThan(l, r);
            case GREATER_OR_EQUAL -> new GreaterThanOrEqual(l, r);
        };
    }

    @Test
    void nullSafeEqualityIsNeverNull() {
        ColumnBatch b = batch(vector(INT, 1, null, null, 2), vector(INT, 1, null, 3, 3));
        assertThat(eval(new EqualNullSafe(col(0, INT), col(1, INT)), b)).containsExactly(true, true, false, false);
        assertThat(new EqualNullSafe(col(0, INT), col(1, INT)).nullable()).isFalse();
    }

    @Test
    void nestedValuesCompareElementByElement() {
        DataType arrays = DataTypes.createArrayType(INT);
        ColumnBatch b = batch(
                vector(arrays, List.of(1, 2), List.of(1), java.util.Arrays.asList(1, null)),
                vector(arrays, List.of(1, 3), List.of(1, 0), java.util.Arrays.asList(1, null)));
        assertThat(eval(new LessThan(col(0, arrays), col(1, arrays)), b)).containsExactly(true, true, false);
        assertThat(eval(new EqualTo(col(0, arrays), col(1, arrays)), b)).containsExactly(false, false, true);
        assertThat(new EqualTo(col(0, DataTypes.createMapType(INT, INT)), col(0, DataTypes.createMapType(INT, INT)))
                        .checkInputTypes()
                        .orElseThrow())
                .contains("INVALID_ORDERING_TYPE")
                .contains("\"MAP<INT, INT>\"");
    }

    @Test
    void andOrFollowThreeValuedLogic() {
        Object[] left = {true, true, true, false, false, false, null, null, null};
        Object[] right = {true, false, null, true, false, null, true, false, null};
        ColumnBatch b = batch(vector(BOOL, left), vector(BOOL, right));
        assertThat(eval(new And(col(0, BOOL), col(1, BOOL)), b))
                .containsExactly(true, false, null, false, false, false, null, false, null);
        assertThat(eval(new Or(col(0, BOOL), col(1, BOOL)), b))
                .containsExactly(true, true, true, true, false, null, true, null, null);
        assertThat(eval(new Not(col(0, BOOL)), b))
                .containsExactly(false, false, false, true, true, true, null, null, null);
    }

    @Test
    void andDoesNotEvaluateTheRightSideWhereTheLeftIsFalse() {
        // b <> 0 AND a / b > 1: Spark never divides by the zero
        ColumnBatch b = batch(vector(DOUBLE, 4.0, 1.0, 9.0), vector(DOUBLE, 2.0, 0.0, 3.0));
        Expression guarded = new And(
                new Not(new EqualTo(col(1, DOUBLE), lit(0.0))),
                new GreaterThan(new Divide(col(0, DOUBLE), col(1, DOUBLE)), lit(1.0)));
        assertThat(eval(guarded, b)).containsExactly(true, false, true);
        Expression unguarded = new GreaterThan(new Divide(col(0, DOUBLE), col(1, DOUBLE)), lit(1.0));
        assertThatThrownBy(() -> eval(unguarded, b)).hasMessageStartingWith("[DIVIDE_BY_ZERO]");
        Expression or = new Or(new EqualTo(col(1, DOUBLE), lit(0.0)), unguarded);
        assertThat(eval(or, b)).containsExactly(true, true, true);
    }

    @Test
    void isNullIsNotNullIsNaN() {
        ColumnBatch b = batch(vector(DOUBLE, 1.0, null, Double.NaN));
        assertThat(eval(new IsNull(col(0, DOUBLE)), b)).containsExactly(false, true, false);
        assertThat(eval(new IsNotNull(col(0, DOUBLE)), b)).containsExactly(true, false, true);
        assertThat(eval(new IsNaN(col(0, DOUBLE)), b)).containsExactly(false, false, true);
        assertThat(eval(new IsNotNull(lit(1)), batch(vector(INT, 1, 2)))).containsExactly(true, true);
        assertThat(new IsNull(UnresolvedAttribute.of("a")).sql()).isEqualTo("(a IS NULL)");
        assertThat(new IsNotNull(UnresolvedAttribute.of("a")).sql()).isEqualTo("(a IS NOT NULL)");
        assertThat(new IsNaN(UnresolvedAttribute.of("a")).sql()).isEqualTo("isnan(a)");
    }

    @Test
    void inFollowsSqlNullRules() {
        ColumnBatch b = batch(vector(INT, 1, 5, null));
        assertThat(eval(new In(col(0, INT), List.of(lit(1), lit(2))), b)).containsExactly(true, false, null);
        assertThat(eval(new In(col(0, INT), List.of(lit(1), nullOf(INT))), b)).containsExactly(true, null, null);
        List<Expression> many = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(lit(i * 5));
        }
        assertThat(eval(new In(col(0, INT), many), b)).containsExactly(false, true, null);
        assertThat(new In(UnresolvedAttribute.of("a"), List.of(lit(1), lit(2))).sql())
                .isEqualTo("(a IN (1, 2))");
        ColumnBatch s = batch(vector(STRING, "x", "y", null));
        InSet set = new InSet(col(0, STRING), List.of("y".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(eval(set, s)).containsExactly(false, true, null);
        assertThat(set)
                .isEqualTo(new InSet(col(0, STRING), List.of("y".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Test
    void likeHasFastShapesAndRegexFallback() {
        ColumnBatch b = batch(vector(STRING, "Spark", "spark", "Spork", "Sp", "a%b", null));
        assertThat(eval(new Like(col(0, STRING), lit("Sp%")), b)).containsExactly(true, false, true, true, false, null);
        assertThat(eval(new Like(col(0, STRING), lit("%rk")), b)).containsExactly(true, true, true, false, false, null);
        assertThat(eval(new Like(col(0, STRING), lit("%ar%")), b))
                .containsExactly(true, true, false, false, false, null);
        assertThat(eval(new Like(col(0, STRING), lit("Sp_rk")), b))
                .containsExactly(true, false, true, false, false, null);
        assertThat(eval(new Like(col(0, STRING), lit("a\\%b")), b))
                .containsExactly(false, false, false, false, true, null);
        assertThat(eval(new Like(col(0, STRING), lit("a/%b"), '/'), b))
                .containsExactly(false, false, false, false, true, null);
        assertThat(eval(new ILike(col(0, STRING), lit("sp%")), b)).containsExactly(true, true, true, true, false, null);
        assertThat(eval(new RLike(col(0, STRING), lit("p[ao]r")), b))
                .containsExactly(true, true, true, false, false, null);
        assertThat(new Like(UnresolvedAttribute.of("a"), lit("x%")).sql()).isEqualTo("a LIKE x%");
        assertThat(new RLike(UnresolvedAttribute.of("a"), lit("^x")).sql()).isEqualTo("RLIKE(a, ^x)");
        assertThatThrownBy(() -> eval(new RLike(col(0, STRING), lit("(")), b))
                .hasMessageStartingWith(
                        "[INVALID_PARAMETER_VALUE] The value of parameter(s) `regexp` in `rlike` is invalid");
        assertThatThrownBy(() -> eval(new Like(col(0, STRING), lit("a\\b")), b))
                .hasMessageStartingWith("[INVALID_FORMAT.ESC_IN_THE_MIDDLE]");
    }

    @Test
    void startsEndsContains() {
        ColumnBatch b = batch(vector(STRING, "Spark SQL", "", null), vector(STRING, "Spark", "", "x"));
        assertThat(eval(new StartsWith(col(0, STRING), col(1, STRING)), b)).containsExactly(true, true, null);
        assertThat(eval(new EndsWith(col(0, STRING), lit("SQL")), b)).containsExactly(true, false, null);
        assertThat(eval(new Contains(col(0, STRING), lit("k S")), b)).containsExactly(true, false, null);
        assertThat(new StartsWith(UnresolvedAttribute.of("a"), lit("x")).sql()).isEqualTo("startswith(a, x)");
    }

    @Test
    void betweenIsThreeValued() {
        ColumnBatch b = batch(vector(INT, 1, 5, 9, null, 5), vector(INT, 2, 2, 2, 2, null));
        assertThat(eval(new Between(col(0, INT), col(1, INT), lit(8)), b))
                .containsExactly(false, true, false, null, null);
        assertThat(evalConstant(new Between(lit(9), nullOf(INT), lit(8)))).isEqualTo(false);
        assertThat(new Between(UnresolvedAttribute.of("a"), lit(1), lit(5)).sql())
                .isEqualTo("between(a, 1, 5)");
    }
}
