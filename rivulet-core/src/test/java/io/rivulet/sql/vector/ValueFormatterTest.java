package io.rivulet.sql.vector;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.RowFactory;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Casts to string and show() differ in nulls and binary only (Spark's Cast vs ToPrettyString). */
class ValueFormatterTest {
    private static final ValueFormatter CAST = ValueFormatter.cast(ZoneOffset.UTC);
    private static final ValueFormatter PRETTY = ValueFormatter.pretty(ZoneOffset.UTC);

    @Test
    void castWritesNestedNullsAsNullAndDecodesBinary() {
        StructType struct = new StructType().add("a", DataTypes.IntegerType).add("b", DataTypes.BinaryType);
        byte[] hi = "hi".getBytes(StandardCharsets.UTF_8);
        assertThat(CAST.format(RowFactory.create(null, hi), struct)).isEqualTo("{null, hi}");
        assertThat(PRETTY.format(RowFactory.create(null, hi), struct)).isEqualTo("{NULL, [68 69]}");
        assertThat(CAST.format(Arrays.asList(1, null), DataTypes.createArrayType(DataTypes.IntegerType)))
                .isEqualTo("[1, null]");
        assertThat(CAST.format(new byte[] {(byte) 0xFF, 0x0A}, DataTypes.BinaryType))
                .isEqualTo("\uFFFD\n");
        assertThat(PRETTY.format(new byte[] {(byte) 0xFF, 0x0A}, DataTypes.BinaryType))
                .isEqualTo("[FF 0A]");
        assertThat(PRETTY.format(new byte[0], DataTypes.BinaryType)).isEqualTo("[]");
    }

    @Test
    void numbersDatesAndTimes() {
        assertThat(CAST.format(1e-5, DataTypes.DoubleType)).isEqualTo("1.0E-5");
        assertThat(CAST.format(Double.NaN, DataTypes.DoubleType)).isEqualTo("NaN");
        assertThat(CAST.format(-0.0, DataTypes.DoubleType)).isEqualTo("-0.0");
        assertThat(CAST.format(123456789L, DataTypes.LongType)).isEqualTo("123456789");
        assertThat(CAST.format(LocalDate.of(12345, 1, 2), DataTypes.DateType)).isEqualTo("+12345-01-02");
        assertThat(CAST.format(LocalDate.of(2024, 1, 2), DataTypes.DateType)).isEqualTo("2024-01-02");
        assertThat(CAST.format(Instant.parse("2024-01-02T03:04:05.000001Z"), DataTypes.TimestampType))
                .isEqualTo("2024-01-02 03:04:05.000001");
        assertThat(ValueFormatter.cast(java.time.ZoneId.of("Asia/Tokyo"))
                        .format(Instant.parse("2024-01-02T03:04:05Z"), DataTypes.TimestampType))
                .isEqualTo("2024-01-02 12:04:05");
        assertThat(ValueFormatter.escapeMetaCharacters("a\tb")).isEqualTo("a\\tb");
    }
}
