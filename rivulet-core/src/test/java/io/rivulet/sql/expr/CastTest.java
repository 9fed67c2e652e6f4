package io.rivulet.sql.expr;

import static io.rivulet.sql.expr.Exprs.batch;
import static io.rivulet.sql.expr.Exprs.col;
import static io.rivulet.sql.expr.Exprs.eval;
import static io.rivulet.sql.expr.Exprs.evalConstant;
import static io.rivulet.sql.expr.Exprs.lit;
import static io.rivulet.sql.expr.Exprs.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.GenericRow;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CastTest {
    private static final DataType STRING = DataTypes.StringType;
    private static final DataType INT = DataTypes.IntegerType;
    private static final DataType LONG = DataTypes.LongType;

    private static List<Object> cast(DataType from, DataType to, EvalMode mode, Object... values) {
        return eval(new Cast(col(0, from), to, mode), batch(vector(from, values)));
    }

    @Test
    void stringsToIntegersInEveryMode() {
        assertThat(cast(STRING, INT, EvalMode.ANSI, " 12 ", "-7", "+3", null)).containsExactly(12, -7, 3, null);
        assertThatThrownBy(() -> cast(STRING, INT, EvalMode.ANSI, "1", "abc"))
                .isInstanceOf(NumberFormatException.class)
                .hasMessageStartingWith("[CAST_INVALID_INPUT] The value 'abc' of the type \"STRING\" cannot be cast to"
                        + " \"INT\" because it is malformed. Correct the value as per the syntax, or change its target"
                        + " type. Use `try_cast` to tolerate malformed input and return NULL instead.")
                .hasMessageContaining("SQLSTATE: 22018");
        assertThat(cast(STRING, INT, EvalMode.TRY, "abc", "1.5", "99999999999")).containsExactly(null, null, null);
        assertThat(cast(STRING, INT, EvalMode.LEGACY, "abc", "1.5", "-9.99", "99999999999"))
                .containsExactly(null, 1, -9, null);
        assertThat(cast(STRING, LONG, EvalMode.ANSI, "-9223372036854775808", "9223372036854775807"))
                .containsExactly(Long.MIN_VALUE, Long.MAX_VALUE);
        assertThat(cast(STRING, LONG, EvalMode.TRY, "9223372036854775808", "", "-"))
                .containsExactly(null, null, null);
    }

    @Test
    void narrowingOverflowsAsSpark() {
        assertThatThrownBy(() -> cast(LONG, DataTypes.ByteType, EvalMode.ANSI, 128L))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageStartingWith("[CAST_OVERFLOW] The value 128L of the type \"BIGINT\" cannot be cast to"
                        + " \"TINYINT\" due to an overflow. Use `try_cast` to tolerate overflow and return NULL"
                        + " instead.");
        assertThat(cast(LONG, DataTypes.ByteType, EvalMode.LEGACY, 128L, 1L)).containsExactly((byte) -128, (byte) 1);
        assertThat(cast(LONG, DataTypes.ByteType, EvalMode.TRY, 128L, null)).containsExactly(null, null);
        DataType dbl = DataTypes.DoubleType;
        assertThat(cast(dbl, INT, EvalMode.ANSI, 1.9, -1.9, 2147483647.5)).containsExactly(1, -1, Integer.MAX_VALUE);
        assertThatThrownBy(() -> cast(dbl, INT, EvalMode.ANSI, Double.NaN)).hasMessageStartingWith("[CAST_OVERFLOW]");
        assertThat(cast(dbl, INT, EvalMode.LEGACY, Double.NaN, 1e20)).containsExactly(0, Integer.MAX_VALUE);
        assertThat(cast(dbl, LONG, EvalMode.TRY, 1e19, -9.2e18)).containsExactly(null, -9200000000000000000L);
    }

    @Test
    void decimalsRoundHalfUpAndCheckPrecision() {
        DecimalType d52 = new DecimalType(5, 2);
        assertThat(cast(DataTypes.DoubleType, d52, EvalMode.ANSI, 1.005, 2.675, -1.5))
                .containsExactly(new BigDecimal("1.01"), new BigDecimal("2.68"), new BigDecimal("-1.50"));
        assertThat(cast(STRING, d52, EvalMode.ANSI, " 123.456 ", "1e2"))
                .containsExactly(new BigDecimal("123.46"), new BigDecimal("100.00"));
        assertThatThrownBy(() -> cast(STRING, d52, EvalMode.ANSI, "1234"))
                .hasMessageStartingWith("[NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION] 1234 cannot be represented as"
                        + " Decimal(5, 2).");
        assertThat(cast(STRING, d52, EvalMode.TRY, "1234", "x")).containsExactly(null, null);
        assertThat(cast(d52, INT, EvalMode.ANSI, new BigDecimal("-7.99"))).containsExactly(-7);
        assertThat(cast(INT, new DecimalType(3, 1), EvalMode.TRY, 99, 100))
                .containsExactly(new BigDecimal("99.0"), null);
        assertThat(cast(new DecimalType(20, 5), new DecimalType(30, 2), EvalMode.ANSI, new BigDecimal("1.23456")))
                .containsExactly(new BigDecimal("1.23"));
    }

    @Test
    void booleansToAndFromEverything() {
        assertThat(cast(STRING, DataTypes.BooleanType, EvalMode.TRY, "t", "YES", " 0 ", "no", "maybe"))
                .containsExactly(true, true, false, false, null);
        assertThat(cast(INT, DataTypes.BooleanType, EvalMode.ANSI, 0, 7, null)).containsExactly(false, true, null);
        assertThat(cast(DataTypes.BooleanType, INT, EvalMode.ANSI, true, false)).containsExactly(1, 0);
        assertThat(cast(DataTypes.BooleanType, STRING, EvalMode.ANSI, true, false))
                .containsExactly("true", "false");
    }

    @Test
    void numbersToStrings() {
        assertThat(cast(LONG, STRING, EvalMode.ANSI, -5L, null)).containsExactly("-5", null);
        assertThat(cast(DataTypes.DoubleType, STRING, EvalMode.ANSI, 1.0, 1e10, Double.NaN))
                .containsExactly("1.0", "1.0E10", "NaN");
        assertThat(cast(new DecimalType(10, 3), STRING, EvalMode.ANSI, new BigDecimal("1.500")))
                .containsExactly("1.500");
    }

    @Test
    void datesAndTimestampsInTheSessionZone() {
        ZoneId zone = ZoneId.of("America/Los_Angeles");
        EvalContext context = new EvalContext(zone, true, 0);
        ColumnBatch strings = batch(vector(STRING, "2024-01-31", "2024-1-5 10:00", "2024-02-30", "x"));
        assertThat(Exprs.values(new Cast(col(0, STRING), DataTypes.DateType, EvalMode.TRY).eval(strings, context)))
                .containsExactly(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 1, 5), null, null);
        ColumnBatch ts =
                batch(vector(STRING, "2024-01-31 10:00:00", "2024-01-31T10:00:00.5Z", "2024-01-31 10:00 +01:00"));
        assertThat(Exprs.values(new Cast(col(0, STRING), DataTypes.TimestampType).eval(ts, context)))
                .containsExactly(
                        Instant.parse("2024-01-31T18:00:00Z"),
                        Instant.parse("2024-01-31T10:00:00.500Z"),
                        Instant.parse("2024-01-31T09:00:00Z"));
        ColumnBatch instants = batch(vector(DataTypes.TimestampType, Instant.parse("2024-01-31T05:00:00Z")));
        assertThat(Exprs.values(new Cast(col(0, DataTypes.TimestampType), DataTypes.DateType).eval(instants, context)))
                .containsExactly(LocalDate.of(2024, 1, 30));
        assertThat(Exprs.values(new Cast(col(0, DataTypes.TimestampType), STRING).eval(instants, context)))
                .containsExactly("2024-01-30 21:00:00");
        assertThat(Exprs.values(
                        new Cast(col(0, DataTypes.TimestampType), DataTypes.TimestampNTZType).eval(instants, context)))
                .containsExactly(LocalDateTime.of(2024, 1, 30, 21, 0));
        ColumnBatch dates = batch(vector(DataTypes.DateType, LocalDate.of(2024, 3, 10)));
        assertThat(Exprs.values(new Cast(col(0, DataTypes.DateType), DataTypes.TimestampType).eval(dates, context)))
                .containsExactly(Instant.parse("2024-03-10T08:00:00Z"));
        assertThatThrownBy(() -> new Cast(col(0, STRING), DataTypes.DateType).eval(strings, context))
                .hasMessageStartingWith("[CAST_INVALID_INPUT] The value '2024-02-30' of the type \"STRING\" cannot be"
                        + " cast to \"DATE\"");
    }

    @Test
    void timestampsAndSecondsSinceTheEpoch() {
        assertThat(cast(LONG, DataTypes.TimestampType, EvalMode.ANSI, 1L)).containsExactly(Instant.ofEpochSecond(1));
        assertThat(cast(DataTypes.DoubleType, DataTypes.TimestampType, EvalMode.ANSI, 1.5))
                .containsExactly(Instant.ofEpochSecond(1, 500_000_000));
        assertThat(cast(DataTypes.TimestampType, LONG, EvalMode.ANSI, Instant.ofEpochSecond(-1, 500_000_000)))
                .containsExactly(-1L);
        assertThat(cast(
                        DataTypes.TimestampType,
                        DataTypes.DoubleType,
                        EvalMode.ANSI,
                        Instant.ofEpochSecond(1, 250_000_000)))
                .containsExactly(1.25);
        assertThat(cast(DataTypes.DateType, INT, EvalMode.LEGACY, LocalDate.EPOCH))
                .containsExactly((Object) null);
    }

    @Test
    void nestedValuesCastTheirElementsAndPrintAsSpark() {
        DataType ints = DataTypes.createArrayType(INT);
        DataType strings = DataTypes.createArrayType(STRING);
        assertThat(cast(strings, ints, EvalMode.TRY, Arrays.asList("1", "x", null), null))
                .containsExactly(Arrays.asList(1, null, null), null);
        assertThat(cast(ints, STRING, EvalMode.ANSI, Arrays.asList(1, null, 3))).containsExactly("[1, null, 3]");
        DataType map = DataTypes.createMapType(STRING, INT);
        assertThat(cast(map, STRING, EvalMode.ANSI, Map.of("a", 1))).containsExactly("{a -> 1}");
        StructType struct = new StructType().add("a", INT).add("b", STRING);
        assertThat(cast(struct, STRING, EvalMode.ANSI, new GenericRow(new Object[] {1, "x"}, struct)))
                .containsExactly("{1, x}");
    }

    @Test
    void castRulesAreSparks() {
        assertThat(CastRules.canAnsiCast(DataTypes.DateType, INT)).isFalse();
        assertThat(CastRules.canCast(DataTypes.DateType, INT)).isTrue();
        assertThat(CastRules.canAnsiCast(STRING, DataTypes.TimestampType)).isTrue();
        assertThat(CastRules.canAnsiCast(DataTypes.BinaryType, INT)).isFalse();
        assertThat(CastRules.canAnsiCast(INT, DataTypes.BinaryType)).isFalse();
        assertThat(CastRules.canCast(INT, DataTypes.BinaryType)).isTrue();
        assertThat(CastRules.canAnsiCast(DataTypes.createArrayType(STRING), DataTypes.createArrayType(INT, false)))
                .isFalse();
        assertThat(CastRules.canAnsiCast(DataTypes.createArrayType(STRING), DataTypes.createArrayType(INT)))
                .isTrue();
        AttributeReference d = AttributeReference.of("d", DataTypes.DateType, true);
        assertThat(new Cast(d, INT).checkInputTypes())
                .hasValue("[DATATYPE_MISMATCH.CAST_WITH_FUNC_SUGGESTION] Cannot resolve \"CAST(d AS INT)\" due to data"
                        + " type mismatch: cannot cast \"DATE\" to \"INT\". To convert values from \"DATE\" to"
                        + " \"INT\", you can use the functions `UNIX_DATE` instead.");
        assertThat(new Cast(d, INT, EvalMode.LEGACY).checkInputTypes()).isEmpty();
        AttributeReference m = AttributeReference.of("m", DataTypes.createMapType(INT, INT), true);
        assertThat(new Cast(m, INT).checkInputTypes().orElseThrow()).contains("CAST_WITHOUT_SUGGESTION");
    }

    @Test
    void namesAndNullability() {
        assertThat(new Cast(UnresolvedAttribute.of("x"), LONG).sql()).isEqualTo("CAST(x AS BIGINT)");
        assertThat(new Cast(UnresolvedAttribute.of("x"), LONG, EvalMode.TRY).sql())
                .isEqualTo("TRY_CAST(x AS BIGINT)");
        BoundReference nonNull = new BoundReference(0, STRING, false);
        assertThat(new Cast(nonNull, INT).nullable()).isFalse();
        assertThat(new Cast(nonNull, INT, EvalMode.TRY).nullable()).isTrue();
        assertThat(new Cast(new BoundReference(0, INT, false), LONG, EvalMode.TRY).nullable())
                .isFalse();
        assertThat(evalConstant(new Cast(lit("7"), LONG))).isEqualTo(7L);
    }
}
