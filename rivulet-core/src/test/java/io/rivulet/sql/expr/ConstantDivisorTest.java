package io.rivulet.sql.expr;

import static io.rivulet.sql.expr.Exprs.batch;
import static io.rivulet.sql.expr.Exprs.col;
import static io.rivulet.sql.expr.Exprs.eval;
import static io.rivulet.sql.expr.Exprs.vector;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Test;

/** Division by a literal through magic numbers agrees with Java's division on random and extreme dividends. */
class ConstantDivisorTest {
    private static final DataType LONG = DataTypes.LongType;
    private static final DataType INT = DataTypes.IntegerType;

    @Test
    void everyOperatorAgreesWithJavaForRandomAndExtremeDivisors() {
        Random random = new Random(20261207);
        List<Long> divisors = new ArrayList<>(List.of(
                2L,
                3L,
                7L,
                10L,
                641L,
                100_000L,
                1L << 40,
                Long.MAX_VALUE,
                Long.MIN_VALUE + 1,
                -2L,
                -3L,
                -10L,
                -100_000L,
                -(1L << 40)));
        for (int i = 0; i < 300; i++) {
            long d = random.nextLong() >> random.nextInt(63);
            if (d != Long.MIN_VALUE && Math.abs(d) >= 2) {
                divisors.add(d);
            }
        }
        Object[] dividends = dividends(random, LONG);
        ColumnBatch batch = batch(vector(LONG, dividends));
        for (long d : divisors) {
            Literal divisor = Literal.of(d);
            assertThat(ConstantDivisor.of(new Pmod(col(0, LONG), divisor)))
                    .as("kernel for %d", d)
                    .isPresent();
            assertThat(eval(new IntegralDivide(col(0, LONG), divisor), batch))
                    .as("div %d", d)
                    .isEqualTo(expected(dividends, (x, y) -> x / y, d));
            assertThat(eval(new Remainder(col(0, LONG), divisor), batch))
                    .as("%% %d", d)
                    .isEqualTo(expected(dividends, (x, y) -> x % y, d));
            assertThat(eval(new Pmod(col(0, LONG), divisor), batch))
                    .as("pmod %d", d)
                    .isEqualTo(expected(dividends, ConstantDivisorTest::pmod, d));
        }
    }

    @Test
    void intsKeepTheirTypeAndAgreeWithTheGeneralKernel() {
        Random random = new Random(7);
        Object[] dividends = dividends(random, INT);
        ColumnBatch batch = batch(vector(INT, dividends));
        for (int d : new int[] {2, 9, -9, 1000, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            Object[] repeated = new Object[dividends.length];
            java.util.Arrays.fill(repeated, d);
            ColumnBatch general = batch(vector(INT, dividends), vector(INT, repeated));
            for (BinaryOperator<Expression> op :
                    List.<BinaryOperator<Expression>>of(Pmod::new, Remainder::new, IntegralDivide::new)) {
                Expression byLiteral = op.apply(col(0, INT), Literal.of(d));
                Expression byColumn = op.apply(col(0, INT), col(1, INT));
                assertThat(byLiteral.eval(batch, Exprs.context()).type())
                        .isEqualTo(byColumn.eval(general, Exprs.context()).type());
                assertThat(eval(byLiteral, batch)).as("%s", byLiteral).isEqualTo(eval(byColumn, general));
            }
        }
    }

    @Test
    void zeroOneAndMinusOneTakeTheGeneralKernelWithItsErrorsAndOverflows() {
        assertThat(ConstantDivisor.of(new Pmod(col(0, LONG), Literal.of(0L)))).isEmpty();
        assertThat(ConstantDivisor.of(new IntegralDivide(col(0, LONG), Literal.of(-1L))))
                .isEmpty();
        assertThat(ConstantDivisor.of(new Remainder(col(0, LONG), Literal.of(1L))))
                .isEmpty();
        assertThat(ConstantDivisor.of(new Remainder(col(0, LONG), Literal.of(Long.MIN_VALUE))))
                .isEmpty();
        assertThat(ConstantDivisor.of(new Remainder(col(0, DataTypes.DoubleType), Literal.of(3.0))))
                .isEmpty();
        assertThat(ConstantDivisor.of(new Divide(col(0, DataTypes.DoubleType), Literal.of(3.0))))
                .isEmpty();
    }

    private static Object[] dividends(Random random, DataType type) {
        Object[] values = new Object[5_000];
        for (int i = 0; i < values.length; i++) {
            long x = switch (i % 6) {
                case 0 -> random.nextLong();
                case 1 -> random.nextInt();
                case 2 -> Long.MIN_VALUE + random.nextInt(1000);
                case 3 -> Long.MAX_VALUE - random.nextInt(1000);
                case 4 -> random.nextInt(2001) - 1000;
                default -> 0;
            };
            Object value = type == INT ? (Object) (int) x : (Object) x;
            values[i] = i % 17 == 0 ? null : value;
        }
        values[1] = type == INT ? (Object) Integer.MIN_VALUE : (Object) Long.MIN_VALUE;
        values[2] = type == INT ? (Object) Integer.MAX_VALUE : (Object) Long.MAX_VALUE;
        return values;
    }

    private static List<Object> expected(Object[] dividends, BinaryOperator<Long> op, long d) {
        List<Object> out = new ArrayList<>();
        for (Object x : dividends) {
            out.add(x == null ? null : op.apply((Long) x, d));
        }
        return out;
    }

    private static long pmod(long x, long y) {
        long r = x % y;
        return r < 0 ? (r + y) % y : r;
    }
}
