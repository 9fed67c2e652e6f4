package io.rivulet.sql.expr;

import static io.rivulet.sql.expr.Exprs.evalConstant;
import static io.rivulet.sql.expr.Exprs.evalOver;
import static io.rivulet.sql.expr.Exprs.lit;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MathFunctionTest {
    private static final DataType DOUBLE = DataTypes.DoubleType;

    @Test
    void unaryFunctionsAndTheirNames() {
        assertThat(evalOver(DOUBLE, c -> new MathUnary(MathUnary.Kind.SQRT, c), 4.0, -1.0, null))
                .containsExactly(2.0, Double.NaN, null);
        assertThat(evalOver(DOUBLE, c -> new MathUnary(MathUnary.Kind.LN, c), Math.E, 0.0, -1.0))
                .containsExactly(1.0, null, null);
        assertThat(evalOver(DOUBLE, c -> new MathUnary(MathUnary.Kind.LOG10, c), 100.0))
                .containsExactly(2.0);
        assertThat(evalOver(DOUBLE, c -> new MathUnary(MathUnary.Kind.LOG2, c), 8.0))
                .containsExactly(3.0);
        assertThat(evalOver(DOUBLE, c -> new MathUnary(MathUnary.Kind.SIGNUM, c), -3.0, 0.0))
                .containsExactly(-1.0, 0.0);
        assertThat(new MathUnary(MathUnary.Kind.SQRT, UnresolvedAttribute.of("a")).sql())
                .isEqualTo("SQRT(a)");
        assertThat(new MathUnary(MathUnary.Kind.LN, lit(1)).sql()).isEqualTo("ln(1)");
        assertThat(new MathBinary(MathBinary.Kind.POW, lit(2), lit(3)).sql()).isEqualTo("pow(2, 3)");
        assertThat(evalConstant(new MathBinary(MathBinary.Kind.POWER, lit(2.0), lit(10.0))))
                .isEqualTo(1024.0);
        assertThat(evalConstant(new MathBinary(MathBinary.Kind.LOG, lit(10.0), lit(100.0))))
                .isEqualTo(2.0);
        assertThat(evalConstant(new MathBinary(MathBinary.Kind.LOG, lit(-10.0), lit(100.0))))
                .isNull();
    }

    @Test
    void roundIsHalfUpOnTheDecimalStringOfADouble() {
        assertThat(evalConstant(new Round(lit(2.5), lit(0), false))).isEqualTo(3.0);
        assertThat(evalConstant(new Round(lit(-2.5), lit(0), false))).isEqualTo(-3.0);
        assertThat(evalConstant(new Round(lit(2.675), lit(2), false))).isEqualTo(2.68);
        assertThat(evalConstant(new Round(lit(2.5), lit(0), true))).isEqualTo(2.0);
        assertThat(evalConstant(new Round(lit(1234), lit(-2), false))).isEqualTo(1200);
        assertThat(evalConstant(new Round(lit(1250L), lit(-2), true))).isEqualTo(1200L);
        Round decimal = new Round(lit(new BigDecimal("2.5")), lit(0), false);
        assertThat(decimal.dataType()).isEqualTo(new DecimalType(2, 0));
        assertThat(evalConstant(decimal)).isEqualTo(new BigDecimal("3"));
        assertThat(evalConstant(new Round(lit(new BigDecimal("123.456")), lit(1), false)))
                .isEqualTo(new BigDecimal("123.5"));
        assertThat(evalConstant(new Round(lit(Double.NaN), lit(2), false))).isEqualTo(Double.NaN);
        assertThat(new Round(lit(2.5), lit(0), false).sql()).isEqualTo("round(2.5, 0)");
    }

    @Test
    void floorAndCeilGiveLongsOrScaleZeroDecimals() {
        assertThat(evalConstant(new FloorCeil(lit(-0.1), false))).isEqualTo(-1L);
        assertThat(evalConstant(new FloorCeil(lit(-0.1), true))).isEqualTo(0L);
        FloorCeil decimal = new FloorCeil(lit(new BigDecimal("-0.1")), true);
        assertThat(decimal.dataType()).isEqualTo(new DecimalType(1, 0));
        assertThat(evalConstant(decimal)).isEqualTo(new BigDecimal("0"));
        assertThat(decimal.sql()).isEqualTo("CEIL(-0.1)");
        assertThat(new FloorCeil(lit(1.0), true, "ceiling").sql()).isEqualTo("ceiling(1.0)");
        assertThat(evalConstant(ScalarFunction.of("PI"))).isEqualTo(Math.PI);
        assertThat(ScalarFunction.of("PI").sql()).isEqualTo("PI()");
    }
}
