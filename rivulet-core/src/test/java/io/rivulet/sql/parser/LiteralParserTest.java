package io.rivulet.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Literals: their types and internal values, as Spark 4.0's parser types them. */
class LiteralParserTest {
    static Literal literal(String text) {
        return (Literal) SqlParser.parseExpression(text, ExpressionParserTest.UTC);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = " => ",
            value = {
                "1 => int => 1",
                "-2147483648 => int => -2147483648",
                "2147483648 => bigint => 2147483648",
                "-2147483649 => bigint => -2147483649",
                "9223372036854775807 => bigint => 9223372036854775807",
                "9223372036854775808 => decimal(19,0) => 9223372036854775808",
                "1L => bigint => 1",
                "-5L => bigint => -5",
                "7S => smallint => 7",
                "-128Y => tinyint => -128",
                "1.5 => decimal(2,1) => 1.5",
                ".5 => decimal(1,1) => 0.5",
                "1. => decimal(1,0) => 1",
                "-0.25 => decimal(2,2) => -0.25",
                "123.456 => decimal(6,3) => 123.456",
                "1e10 => double => 1.0E10",
                "0.1E-3 => double => 1.0E-4",
                "1.5D => double => 1.5",
                "1e10D => double => 1.0E10",
                "1.5F => float => 1.5",
                "1.5BD => decimal(2,1) => 1.5",
                "1.0e5BD => decimal(6,0) => 100000",
                "-1.5e-3BD => decimal(4,4) => -0.0015",
                "12345678901234567890.5 => decimal(21,1) => 12345678901234567890.5",
                "true => boolean => true",
                "FALSE => boolean => false",
            })
    void numbersAndBooleans(String text, String type, String value) {
        Literal literal = literal(text);
        assertThat(literal.dataType().simpleString()).isEqualTo(type);
        assertThat(String.valueOf(literal.externalValue())).isEqualTo(value);
    }

    @Test
    void internalValues() {
        assertThat(literal("1").value()).isEqualTo(1);
        assertThat(literal("2147483648").value()).isEqualTo(2147483648L);
        assertThat(literal("1Y").value()).isEqualTo((byte) 1);
        assertThat(literal("1S").value()).isEqualTo((short) 1);
        // decimals of at most 18 digits are unscaled longs; wider ones BigDecimals
        assertThat(literal("1.5").value()).isEqualTo(15L);
        assertThat(literal("9223372036854775808").value()).isEqualTo(new BigDecimal("9223372036854775808"));
        assertThat(literal("'héllo'").value()).isEqualTo("héllo".getBytes(StandardCharsets.UTF_8));
        assertThat(literal("NULL")).isEqualTo(Literal.ofNull(DataTypes.NullType));
        assertThat(literal("DATE '2024-01-01'").value()).isEqualTo(19723);
        assertThat(literal("TIMESTAMP '2024-01-01 10:00:00'").value()).isEqualTo(1704103200000000L);
        assertThat(literal("X'0A1b'").value()).isEqualTo(new byte[] {0x0A, 0x1B});
        assertThat(literal("X'A'").value()).isEqualTo(new byte[] {0x0A});
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = " => ",
            quoteCharacter = '`',
            value = {
                "'abc' => abc",
                "\"abc\" => abc",
                "'it\\'s' => it's",
                "\"say \\\"hi\\\"\" => say \"hi\"",
                "'a' 'b' \"c\" => abc",
                "'\\u0041\\101' => AA",
                "'50\\%' => 50\\%",
                "'a\\_b' => a\\_b",
                "'\\q' => q",
                "'back\\\\slash' => back\\slash",
                "r'C:\\raw\\n' => C:\\raw\\n",
                "R\"a\\b\" => a\\b",
                "'' => ''",
            })
    void strings(String text, String value) {
        Literal literal = literal(text);
        assertThat(literal.dataType()).isEqualTo(DataTypes.StringType);
        assertThat((String) literal.externalValue()).isEqualTo(value.equals("''") ? "" : value);
    }

    @Test
    void controlCharacterEscapes() {
        assertThat(literal("'a\\tb\\nc\\rd\\be\\0f\\Zg'").externalValue()).isEqualTo("a\tb\nc\rd\be\u0000f\u001Ag");
        assertThat(literal("'\\U0001F600'").externalValue()).isEqualTo("\uD83D\uDE00");
        assertThat(literal("'a\nb'").externalValue()).isEqualTo("a\nb");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = " => ",
            value = {
                "DATE '2024-01-01' => 2024-01-01",
                "date '2024-1-5' => 2024-01-05",
                "DATE '2024' => 2024-01-01",
                "DATE '2024-02' => 2024-02-01",
                "DATE '2024-01-01T10:00' => 2024-01-01",
                "DATE '2024-01-01 anything' => 2024-01-01",
                "DATE 'epoch' => 1970-01-01",
            })
    void dates(String text, String value) {
        Literal literal = literal(text);
        assertThat(literal.dataType()).isEqualTo(DataTypes.DateType);
        assertThat(literal.externalValue()).isEqualTo(LocalDate.parse(value));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = " => ",
            value = {
                "TIMESTAMP '2024-01-01 10:00:00' => 2024-01-01T10:00:00Z",
                "TIMESTAMP '2024-01-01T10:00:00Z' => 2024-01-01T10:00:00Z",
                "TIMESTAMP '2024-01-01 10:00:00.123456 America/Los_Angeles' => 2024-01-01T18:00:00.123456Z",
                "TIMESTAMP '2024-01-01 10:00+02:00' => 2024-01-01T08:00:00Z",
                "TIMESTAMP '2024-1-1' => 2024-01-01T00:00:00Z",
                "TIMESTAMP_LTZ '2024-01-01 00:00:00' => 2024-01-01T00:00:00Z",
            })
    void timestamps(String text, String instant) {
        Literal literal = literal(text);
        assertThat(literal.dataType()).isEqualTo(DataTypes.TimestampType);
        assertThat(literal.externalValue()).isEqualTo(java.time.Instant.parse(instant));
    }

    @Test
    void timestampsWithoutZoneAreReadInTheSessionsZone() {
        ParserOptions paris = new ParserOptions(true, ZoneId.of("Europe/Paris"));
        Literal literal = (Literal) SqlParser.parseExpression("TIMESTAMP '2024-01-01 10:00:00'", paris);
        assertThat(literal.externalValue()).isEqualTo(java.time.Instant.parse("2024-01-01T09:00:00Z"));
        Literal ntz = (Literal) SqlParser.parseExpression("TIMESTAMP_NTZ '2024-01-01 10:00:00'", paris);
        assertThat(ntz.dataType()).isEqualTo(DataTypes.TimestampNTZType);
        assertThat(ntz.externalValue()).isEqualTo(java.time.LocalDateTime.parse("2024-01-01T10:00:00"));
        assertThat(SqlParser.parseExpression("TIMESTAMP_NTZ '2024-01-01 10:00:00+05:00'", ExpressionParserTest.UTC))
                .isEqualTo(ntz);
        assertThat(ZoneOffset.UTC).isNotEqualTo(paris.timeZone());
    }

    @Test
    void decimalTypesFollowTheDigits() {
        assertThat(literal("0.00100").dataType()).isEqualTo(new DecimalType(5, 5));
        assertThat(literal("100.0").dataType()).isEqualTo(new DecimalType(4, 1));
        assertThat(literal("99999999999999999999999999999999999999").dataType()).isEqualTo(new DecimalType(38, 0));
    }
}
