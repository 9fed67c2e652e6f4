package io.rivulet.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows as Spark's Java {@code Row}: getters, nulls, names, equality and strings (sql/api/.../Row.scala). */
class RowTest {
    private static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.LongType, false)
            .add("name", DataTypes.StringType)
            .add("score", DataTypes.DoubleType);

    @Test
    void typedGettersReturnTheValues() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("a", 1);
        Row nested = RowFactory.create(2, "x");
        Row row = RowFactory.create(
                true,
                (byte) 1,
                (short) 2,
                3,
                4L,
                5.5f,
                6.5,
                "s",
                new BigDecimal("1.50"),
                LocalDate.of(2024, 1, 31),
                Instant.ofEpochSecond(10),
                LocalDateTime.of(2024, 1, 31, 10, 0),
                List.of(1, 2),
                map,
                nested);
        assertThat(row.size()).isEqualTo(15);
        assertThat(row.length()).isEqualTo(15);
        assertThat(row.getBoolean(0)).isTrue();
        assertThat(row.getByte(1)).isEqualTo((byte) 1);
        assertThat(row.getShort(2)).isEqualTo((short) 2);
        assertThat(row.getInt(3)).isEqualTo(3);
        assertThat(row.getLong(4)).isEqualTo(4L);
        assertThat(row.getFloat(5)).isEqualTo(5.5f);
        assertThat(row.getDouble(6)).isEqualTo(6.5);
        assertThat(row.getString(7)).isEqualTo("s");
        assertThat(row.getDecimal(8)).isEqualTo(new BigDecimal("1.50"));
        assertThat(row.getDate(9)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(row.getLocalDate(9)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(row.getInstant(10)).isEqualTo(Instant.ofEpochSecond(10));
        assertThat(row.getLocalDateTime(11)).isEqualTo(LocalDateTime.of(2024, 1, 31, 10, 0));
        assertThat(row.<Integer>getList(12)).containsExactly(1, 2);
        assertThat(row.<String, Integer>getMap(13)).containsEntry("a", 1);
        assertThat(row.<String, Integer>getJavaMap(13)).isSameAs(map);
        assertThat(row.getStruct(14)).isEqualTo(nested);
        assertThat(row.<Long>getAs(4)).isEqualTo(4L);
        assertThat(row.schema()).isNull();
    }

    @Test
    void primitiveGettersOnNullThrowNamingTheIndexAndTheField() {
        Row noSchema = RowFactory.create(1L, null, null);
        assertThatThrownBy(() -> noSchema.getDouble(2))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("Value at index 2 is null");
        Row withSchema = new GenericRow(new Object[] {1L, null, null}, SCHEMA);
        assertThatThrownBy(() -> withSchema.getDouble(2))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("Value at index 2 is null (field score)");
        assertThat(withSchema.getString(1)).isNull();
        assertThat(withSchema.isNullAt(1)).isTrue();
        assertThat(withSchema.isNullAt(0)).isFalse();
        assertThat(withSchema.anyNull()).isTrue();
        assertThat(RowFactory.create(1, 2).anyNull()).isFalse();
    }

    @Test
    void aValueOfAnotherClassIsAClassCastException() {
        Row row = RowFactory.create(1L);
        assertThatThrownBy(() -> row.getInt(0)).isInstanceOf(ClassCastException.class);
    }

    @Test
    void namesNeedASchema() {
        Row row = new GenericRow(new Object[] {7L, "ada", 1.5}, SCHEMA);
        assertThat(row.<String>getAs("name")).isEqualTo("ada");
        assertThat(row.fieldIndex("score")).isEqualTo(2);
        assertThat(row.schema()).isEqualTo(SCHEMA);
        assertThatThrownBy(() -> row.fieldIndex("age"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("`age`")
                .hasMessageContaining("`id`, `name`, `score`");
        assertThatThrownBy(() -> RowFactory.create(1).fieldIndex("a"))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("fieldIndex on a Row without schema is undefined.");
        assertThatThrownBy(() -> new GenericRow(new Object[] {1}, SCHEMA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 values")
                .hasMessageContaining("3 fields");
    }

    @Test
    void rowsAreImmutableCopies() {
        Object[] values = {1, 2};
        Row row = RowFactory.create(values);
        values[0] = 9;
        assertThat(row.get(0)).isEqualTo(1);
        assertThat(row.copy()).isEqualTo(row);
    }

    /** Spark's Row.toString is mkString("[", ",", "]") of the values' own strings. */
    @Test
    void stringsAreSparks() {
        assertThat(RowFactory.create(1, "a", null).toString()).isEqualTo("[1,a,null]");
        assertThat(RowFactory.create(1, RowFactory.create(2, "x")).toString()).isEqualTo("[1,[2,x]]");
        assertThat(RowFactory.create(List.of(1, 2)).toString()).isEqualTo("[[1, 2]]");
        assertThat(RowFactory.create().toString()).isEqualTo("[]");
        Row row = RowFactory.create(1, "b", 2.5);
        assertThat(row.mkString()).isEqualTo("1b2.5");
        assertThat(row.mkString("|")).isEqualTo("1|b|2.5");
        assertThat(row.mkString("<", ", ", ">")).isEqualTo("<1, b, 2.5>");
    }

    @Test
    void equalityIsByValuesDeeply() {
        Row a = RowFactory.create(
                1L,
                new byte[] {1, 2},
                new BigDecimal("1.0"),
                Double.NaN,
                Float.NaN,
                0.0,
                Arrays.asList(new byte[] {3}, null),
                RowFactory.create("x", new byte[] {4}));
        Row b = new GenericRow(
                new Object[] {
                    1L,
                    new byte[] {1, 2},
                    new BigDecimal("1.00"),
                    Double.NaN,
                    Float.NaN,
                    -0.0,
                    new ArrayList<>(Arrays.asList(new byte[] {3}, null)),
                    RowFactory.create("x", new byte[] {4})
                },
                new StructType()
                        .add("a", DataTypes.LongType)
                        .add("b", DataTypes.BinaryType)
                        .add("c", DataTypes.createDecimalType(10, 2))
                        .add("d", DataTypes.DoubleType)
                        .add("e", DataTypes.FloatType)
                        .add("f", DataTypes.DoubleType)
                        .add("g", DataTypes.createArrayType(DataTypes.BinaryType))
                        .add(
                                "h",
                                new StructType().add("x", DataTypes.StringType).add("y", DataTypes.BinaryType)));
        assertThat(a).isEqualTo(b);
        assertThat(b).isEqualTo(a);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
        assertThat(RowFactory.create(new byte[] {1})).isNotEqualTo(RowFactory.create(new byte[] {2}));
        assertThat(RowFactory.create(1)).isNotEqualTo(RowFactory.create(1L));
        assertThat(RowFactory.create(1, 2)).isNotEqualTo(RowFactory.create(1));
        assertThat(RowFactory.create((Object) null)).isEqualTo(RowFactory.create((Object) null));
    }

    @Test
    void mapsCompareByEntriesInAnyOrder() {
        Map<Object, Object> first = new LinkedHashMap<>();
        first.put("a", 1);
        first.put(new byte[] {1}, List.of(2));
        Map<Object, Object> second = new LinkedHashMap<>();
        second.put(new byte[] {1}, List.of(2));
        second.put("a", 1);
        assertThat(RowFactory.create(first)).isEqualTo(RowFactory.create(second));
        assertThat(RowFactory.create(first).hashCode())
                .isEqualTo(RowFactory.create(second).hashCode());
        second.put("a", 2);
        assertThat(RowFactory.create(first)).isNotEqualTo(RowFactory.create(second));
    }
}
