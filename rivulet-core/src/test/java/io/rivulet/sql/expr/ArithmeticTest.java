package io.rivulet.sql.expr;

import static io.rivulet.sql.expr.Exprs.batch;
import static io.rivulet.sql.expr.Exprs.col;
import static io.rivulet.sql.expr.Exprs.eval;
import static io.rivulet.sql.expr.Exprs.evalConstant;
import static io.rivulet.sql.expr.Exprs.list;
import static io.rivulet.sql.expr.Exprs.lit;
import static io.rivulet.sql.expr.Exprs.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.vector.ColumnBatch;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ArithmeticTest {
    private static final DataType INT = DataTypes.IntegerType;
    private static final DataType LONG = DataTypes.LongType;
    private static final DataType DOUBLE = DataTypes.DoubleType;

    private static ColumnBatch ints(Object[] a, Object[] b) {
        return batch(vector(INT, a), vector(INT, b));
    }

    @Test
    void addsIntsWithNullsPropagated() {
        ColumnBatch batch = ints(new Object[] {1, null, 3, 4}, new Object[] {10, 20, null, -4});
        assertThat(eval(new Add(col(0, INT), col(1, INT)), batch)).containsExactly(11, null, null, 0);
        assertThat(eval(new Subtract(col(0, INT), col(1, INT)), batch)).containsExactly(-9, null, null, 8);
        assertThat(eval(new Multiply(col(0, INT), col(1, INT)), batch)).containsExactly(10, null, null, -16);
    }

    @Test
    void emptyBatchesGiveEmptyVectors() {
        ColumnBatch batch = ints(new Object[0], new Object[0]);
        assertThat(eval(new Add(col(0, INT), col(1, INT)), batch)).isEmpty();
        assertThat(eval(new Divide(lit(1.0), lit(0.0)), new ColumnBatch(0, java.util.List.of())))
                .isEmpty();
    }

    @Test
    void intOverflowFailsInAnsiModeWrapsInLegacyAndIsNullInTry() {
        ColumnBatch batch = ints(new Object[] {Integer.MAX_VALUE, 1}, new Object[] {1, 1});
        assertThatThrownBy(() -> eval(new Add(col(0, INT), col(1, INT)), batch))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageStartingWith("[ARITHMETIC_OVERFLOW] integer overflow. Use 'try_add' to tolerate overflow"
                        + " and return NULL instead. If necessary set \"rivulet.sql.ansi.enabled\" to \"false\"")
                .hasMessageContaining("SQLSTATE: 22003")
                .hasMessageContaining("(input[0] + input[1])");
        assertThat(eval(new Add(col(0, INT), col(1, INT), EvalMode.LEGACY), batch))
                .containsExactly(Integer.MIN_VALUE, 2);
        assertThat(eval(new Add(col(0, INT), col(1, INT), EvalMode.TRY), batch)).containsExactly(null, 2);
    }

    @Test
    void longOverflowIsDetectedForEveryOperator() {
        ColumnBatch batch = batch(vector(LONG, Long.MAX_VALUE, Long.MIN_VALUE, 3L), vector(LONG, 2L, 2L, 4L));
        assertThat(eval(new Add(col(0, LONG), col(1, LONG), EvalMode.TRY), batch))
                .containsExactly(null, Long.MIN_VALUE + 2, 7L);
        assertThat(eval(new Subtract(col(0, LONG), col(1, LONG), EvalMode.TRY), batch))
                .containsExactly(Long.MAX_VALUE - 2, null, -1L);
        assertThat(eval(new Multiply(col(0, LONG), col(1, LONG), EvalMode.TRY), batch))
                .containsExactly(null, null, 12L);
        assertThatThrownBy(() -> eval(new Multiply(col(0, LONG), col(1, LONG)), batch))
                .isInstanceOf(SqlArithmeticException.class)
                .hasMessageStartingWith("[ARITHMETIC_OVERFLOW] long overflow. Use 'try_multiply'");
    }

    @Test
    void overflowAtANullRowIsNoError() {
        // the null row holds 0 and so never overflows; the non-null rows do not either
        ColumnBatch batch = batch(vector(INT, null, 5), vector(INT, Integer.MAX_VALUE, 5));
        assertThat(eval(new Add(col(0, INT), col(1, INT)), batch)).containsExactly(null, 10);
    }

    @Test
    void smallIntegersOverflowWithSparksBinaryArithmeticError() {
        ColumnBatch batch = batch(vector(DataTypes.ByteType, (byte) 127), vector(DataTypes.ByteType, (byte) 1));
        assertThatThrownBy(() -> eval(new Add(col(0, DataTypes.ByteType), col(1, DataTypes.ByteType)), batch))
                .hasMessageStartingWith("[BINARY_ARITHMETIC_OVERFLOW] 127Y + 1Y caused overflow. Use `try_add`");
        assertThat(eval(new Add(col(0, DataTypes.ByteType), col(1, DataTypes.ByteType), EvalMode.LEGACY), batch))
                .containsExactly((byte) -128);
    }

    @Test
    void divisionByZeroFailsInAnsiAndIsNullOtherwise() {
        ColumnBatch batch = batch(vector(DOUBLE, 1.0, 2.0, null), vector(DOUBLE, 0.0, 4.0, 0.0));
        assertThatThrownBy(() -> eval(new Divide(col(0, DOUBLE), col(1, DOUBLE)), batch))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageStartingWith("[DIVIDE_BY_ZERO] Division by zero. Use `try_divide` to tolerate divisor"
                        + " being 0 and return NULL instead. If necessary set \"rivulet.sql.ansi.enabled\" to"
                        + " \"false\" to bypass this error. SQLSTATE: 22012");
        assertThat(eval(new Divide(col(0, DOUBLE), col(1, DOUBLE), EvalMode.TRY), batch))
                .containsExactly(null, 0.5, null);
        assertThat(eval(new Divide(col(0, DOUBLE), col(1, DOUBLE), EvalMode.LEGACY), batch))
                .containsExactly(null, 0.5, null);
    }

    @Test
    void remainderAndPmodFollowTheSignRules() {
        ColumnBatch batch = batch(vector(INT, -7, 7, -7, 7), vector(INT, 3, -3, -3, 0));
        assertThat(eval(new Remainder(col(0, INT), col(1, INT), EvalMode.LEGACY), batch))
                .containsExactly(-1, 1, -1, null);
        assertThat(eval(new Pmod(col(0, INT), col(1, INT), EvalMode.LEGACY), batch))
                .containsExactly(2, 1, -1, null);
        assertThatThrownBy(() -> eval(new Remainder(col(0, INT), col(1, INT)), batch))
                .hasMessageStartingWith("[REMAINDER_BY_ZERO] Remainder by zero. Use `try_mod`");
    }

    @Test
    void integralDivideTruncatesAndOverflowsOnlyAtMinusOne() {
        ColumnBatch batch = batch(vector(LONG, 7L, -7L, Long.MIN_VALUE), vector(LONG, 2L, 2L, -1L));
        assertThat(eval(new IntegralDivide(col(0, LONG), col(1, LONG), EvalMode.TRY), batch))
                .containsExactly(3L, -3L, null);
        assertThatThrownBy(() -> eval(new IntegralDivide(col(0, LONG), col(1, LONG)), batch))
                .hasMessageStartingWith("[ARITHMETIC_OVERFLOW] Overflow in integral divide. Use 'try_divide'");
    }

    @Test
    void doublesFollowIeeeWithoutOverflowErrors() {
        ColumnBatch batch = batch(vector(DOUBLE, Double.MAX_VALUE, Double.NaN), vector(DOUBLE, Double.MAX_VALUE, 1.0));
        assertThat(eval(new Add(col(0, DOUBLE), col(1, DOUBLE)), batch))
                .containsExactly(Double.POSITIVE_INFINITY, Double.NaN);
        DataType f = DataTypes.FloatType;
        assertThat(eval(new Multiply(col(0, f), col(1, f)), batch(vector(f, 1.5f), vector(f, 3f))))
                .containsExactly(4.5f);
    }

    @Test
    void decimalResultTypesFollowSparksRules() {
        DecimalType d102 = new DecimalType(10, 2);
        DecimalType d52 = new DecimalType(5, 2);
        assertThat(new Add(col(0, d102), col(1, d52)).dataType()).isEqualTo(new DecimalType(11, 2));
        assertThat(new Multiply(col(0, d102), col(1, d52)).dataType()).isEqualTo(new DecimalType(16, 4));
        assertThat(new Divide(col(0, d102), col(1, d52)).dataType()).isEqualTo(new DecimalType(18, 8));
        assertThat(new Remainder(col(0, d102), col(1, d52)).dataType()).isEqualTo(new DecimalType(5, 2));
        DecimalType d3820 = new DecimalType(38, 20);
        assertThat(new Multiply(col(0, d3820), col(1, d3820)).dataType()).isEqualTo(new DecimalType(38, 6));
        assertThat(new Divide(lit(new BigDecimal("1")), lit(new BigDecimal("3"))).dataType())
                .isEqualTo(new DecimalType(7, 6));
        assertThat(new IntegralDivide(col(0, d102), col(1, d52)).dataType()).isEqualTo(LONG);
    }

    @Test
    void decimalArithmeticOnLongsAndBigDecimals() {
        assertThat(evalConstant(new Add(lit(new BigDecimal("1.25")), lit(new BigDecimal("2.5")))))
                .isEqualTo(new BigDecimal("3.75"));
        assertThat(evalConstant(new Subtract(lit(new BigDecimal("1.25")), lit(new BigDecimal("2.5")))))
                .isEqualTo(new BigDecimal("-1.25"));
        assertThat(evalConstant(new Multiply(lit(new BigDecimal("1.5")), lit(new BigDecimal("-2.25")))))
                .isEqualTo(new BigDecimal("-3.375"));
        assertThat(evalConstant(new Divide(lit(new BigDecimal("1")), lit(new BigDecimal("3")))))
                .isEqualTo(new BigDecimal("0.333333"));
        assertThat(evalConstant(new Divide(lit(new BigDecimal("2")), lit(new BigDecimal("3")))))
                .isEqualTo(new BigDecimal("0.666667"));
        assertThat(evalConstant(new Remainder(lit(new BigDecimal("2")), lit(new BigDecimal("1.8")))))
                .isEqualTo(new BigDecimal("0.2"));
        assertThat(evalConstant(new Pmod(lit(new BigDecimal("-7.5")), lit(new BigDecimal("2")))))
                .isEqualTo(new BigDecimal("0.5"));
        assertThat(evalConstant(new IntegralDivide(lit(new BigDecimal("7.9")), lit(new BigDecimal("2")))))
                .isEqualTo(3L);
        DecimalType wide = new DecimalType(38, 0);
        BigDecimal big = new BigDecimal("9".repeat(38));
        ColumnBatch batch = batch(vector(wide, big), vector(wide, BigDecimal.ONE));
        assertThatThrownBy(() -> eval(new Add(col(0, wide), col(1, wide)), batch))
                .hasMessageStartingWith("[NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION] 1" + "0".repeat(38)
                        + " cannot be represented as Decimal(38, 0).");
        assertThat(eval(new Add(col(0, wide), col(1, wide), EvalMode.LEGACY), batch))
                .containsExactly((Object) null);
        assertThatThrownBy(() -> evalConstant(new Divide(lit(new BigDecimal("1")), lit(new BigDecimal("0")))))
                .hasMessageStartingWith("[DIVIDE_BY_ZERO]");
    }

    @Test
    void unaryMinusAndAbsOverflowAtTheMinimum() {
        ColumnBatch batch = batch(vector(INT, Integer.MIN_VALUE, -3, null));
        assertThatThrownBy(() -> eval(new UnaryMinus(col(0, INT)), batch))
                .hasMessageStartingWith("[ARITHMETIC_OVERFLOW] integer overflow.");
        assertThat(eval(new UnaryMinus(col(0, INT), EvalMode.LEGACY), batch))
                .containsExactly(Integer.MIN_VALUE, 3, null);
        assertThat(eval(new Abs(col(0, INT), EvalMode.TRY), batch)).containsExactly(null, 3, null);
        assertThat(evalConstant(new Abs(lit(new BigDecimal("-1.50"))))).isEqualTo(new BigDecimal("1.50"));
    }

    @Test
    void namesAreSparks() {
        BoundReference a = col(0, INT);
        assertThat(new Add(UnresolvedAttribute.of("a"), lit(1)).sql()).isEqualTo("(a + 1)");
        assertThat(new Add(UnresolvedAttribute.of("a"), lit(1), EvalMode.TRY).sql())
                .isEqualTo("try_add(a, 1)");
        assertThat(new Divide(UnresolvedAttribute.of("a"), lit(2), EvalMode.TRY).sql())
                .isEqualTo("try_divide(a, 2)");
        assertThat(new Remainder(a, lit(2), EvalMode.TRY).sql()).isEqualTo("try_mod(input[0], 2)");
        assertThat(new IntegralDivide(UnresolvedAttribute.of("a"), lit(2L)).sql())
                .isEqualTo("(a div 2)");
        assertThat(new Pmod(UnresolvedAttribute.of("a"), lit(2)).sql()).isEqualTo("pmod(a, 2)");
        assertThat(new UnaryMinus(UnresolvedAttribute.of("a")).sql()).isEqualTo("(- a)");
        assertThat(new UnaryPositive(UnresolvedAttribute.of("a")).sql()).isEqualTo("(+ a)");
        assertThat(new Abs(lit(-1)).sql()).isEqualTo("abs(-1)");
        AttributeReference x = new AttributeReference("a", LONG, true, new ExprId(1), java.util.List.of());
        assertThat(new Add(x, lit(1)).toString()).isEqualTo("(a#1 + 1)");
    }

    @Test
    void typeChecksNameBothTypesAndTheExpression() {
        AttributeReference a = AttributeReference.of("a", INT, true);
        AttributeReference b = AttributeReference.of("b", DataTypes.StringType, true);
        assertThat(new Add(a, b).checkInputTypes())
                .hasValue(
                        "[DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES] Cannot resolve \"(a + b)\" due to data type mismatch:"
                                + " the left and right operands of the binary operator have incompatible types (\"INT\" and"
                                + " \"STRING\").");
        assertThat(new Add(b, b).checkInputTypes().orElseThrow())
                .startsWith("[DATATYPE_MISMATCH.BINARY_OP_WRONG_TYPE] Cannot resolve \"(b + b)\"")
                .contains("requires the input type (\"NUMERIC\"");
        assertThat(new Divide(a, a).checkInputTypes().orElseThrow())
                .contains("(\"DOUBLE\" or \"DECIMAL\"), not \"INT\"");
        assertThat(new Add(a, a).checkInputTypes()).isEmpty();
        assertThat(TypeChecks.toAnalysisException(
                                new Add(a, b).checkInputTypes().orElseThrow())
                        .errorClass())
                .isEqualTo("DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES");
    }

    @Test
    void aSlowTwinAgreesWithTheIntegerKernelsOnRandomData() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 50; round++) {
            int n = random.nextInt(40);
            Object[] a = new Object[n];
            Object[] b = new Object[n];
            for (int i = 0; i < n; i++) {
                a[i] = random.nextInt(5) == 0 ? null : random.nextBoolean() ? random.nextInt() : random.nextInt(10) - 5;
                b[i] = random.nextInt(5) == 0 ? null : random.nextBoolean() ? random.nextInt() : random.nextInt(10) - 5;
            }
            ColumnBatch batch = ints(a, b);
            for (ArithmeticOp op : new ArithmeticOp[] {
                ArithmeticOp.ADD,
                ArithmeticOp.SUBTRACT,
                ArithmeticOp.MULTIPLY,
                ArithmeticOp.REMAINDER,
                ArithmeticOp.PMOD
            }) {
                Expression e = switch (op) {
                    case ADD -> new Add(col(0, INT), col(1, INT), EvalMode.TRY);
                    case SUBTRACT -> new Subtract(col(0, INT), col(1, INT), EvalMode.TRY);
                    case MULTIPLY -> new Multiply(col(0, INT), col(1, INT), EvalMode.TRY);
                    case REMAINDER -> new Remainder(col(0, INT), col(1, INT), EvalMode.TRY);
                    default -> new Pmod(col(0, INT), col(1, INT), EvalMode.TRY);
                };
                java.util.List<Object> got = eval(e, batch);
                for (int i = 0; i < n; i++) {
                    assertThat(got.get(i))
                            .as(op + " of " + a[i] + " and " + b[i])
                            .isEqualTo(slow(op, a[i], b[i]));
                }
            }
        }
    }

    private static Object slow(ArithmeticOp op, Object x, Object y) {
        if (x == null || y == null) {
            return null;
        }
        long a = (Integer) x;
        long b = (Integer) y;
        long r;
        switch (op) {
            case ADD -> r = a + b;
            case SUBTRACT -> r = a - b;
            case MULTIPLY -> r = a * b;
            case REMAINDER -> {
                if (b == 0) {
                    return null;
                }
                r = a % b;
            }
            default -> {
                if (b == 0) {
                    return null;
                }
                r = a % b < 0 ? (a % b + b) % b : a % b;
            }
        }
        return r == (int) r ? (Object) (int) r : null;
    }

    @Test
    void listHelperKeepsNulls() {
        assertThat(list(1, null)).containsExactly(1, null);
    }
}
