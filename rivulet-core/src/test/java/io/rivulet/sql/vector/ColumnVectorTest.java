package io.rivulet.sql.vector;

import static io.rivulet.sql.vector.VectorAssertions.assertValues;
import static io.rivulet.sql.vector.VectorAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.GenericRow;
import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.MapType;
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

/** Every storage: building with nulls, external and internal values, gather, slice, copying, empty vectors. */
class ColumnVectorTest {
    private static final StructType POINT =
            new StructType().add("x", DataTypes.IntegerType).add("tag", DataTypes.StringType);

    private record Sample(DataType type, Class<? extends ColumnVector> vectorClass, List<Object> values) {}

    private static List<Object> withNulls(Object... values) {
        return Arrays.asList(values);
    }

    private static Map<Object, Object> map(Object... keysAndValues) {
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static List<Sample> samples() {
        return List.of(
                new Sample(DataTypes.BooleanType, BooleanVector.class, withNulls(true, null, false, true)),
                new Sample(DataTypes.ByteType, ByteVector.class, withNulls((byte) -128, null, (byte) 127)),
                new Sample(DataTypes.ShortType, ShortVector.class, withNulls((short) -1, null, Short.MAX_VALUE)),
                new Sample(DataTypes.IntegerType, IntVector.class, withNulls(1, null, Integer.MIN_VALUE, 0)),
                new Sample(
                        DataTypes.DateType,
                        IntVector.class,
                        withNulls(LocalDate.of(2024, 1, 31), null, LocalDate.of(1969, 12, 31), LocalDate.of(1, 1, 1))),
                new Sample(DataTypes.LongType, LongVector.class, withNulls(Long.MAX_VALUE, null, -5L)),
                new Sample(
                        DataTypes.TimestampType,
                        LongVector.class,
                        withNulls(
                                Instant.parse("2024-01-31T10:00:00.123456Z"),
                                null,
                                Instant.parse("1969-12-31T23:59:59.999999Z"))),
                new Sample(
                        DataTypes.TimestampNTZType,
                        LongVector.class,
                        withNulls(LocalDateTime.of(2024, 1, 31, 10, 0, 0, 500_000_000), null)),
                new Sample(
                        new DecimalType(10, 2),
                        LongVector.class,
                        withNulls(new BigDecimal("12345678.90"), null, new BigDecimal("-0.01"))),
                new Sample(
                        new DecimalType(38, 6),
                        DecimalVector.class,
                        withNulls(
                                new BigDecimal("12345678901234567890123456789012.123456"),
                                null,
                                new BigDecimal("0.000001"))),
                new Sample(DataTypes.FloatType, FloatVector.class, withNulls(1.5f, null, Float.NaN, -0.0f)),
                new Sample(
                        DataTypes.DoubleType,
                        DoubleVector.class,
                        withNulls(1e10, null, Double.NEGATIVE_INFINITY, Double.MIN_VALUE)),
                new Sample(DataTypes.StringType, BytesVector.class, withNulls("", null, "héllo", "日本語", "😀")),
                new Sample(DataTypes.BinaryType, BytesVector.class, withNulls(new byte[] {1, 2}, null, new byte[0])),
                new Sample(DataTypes.NullType, NullVector.class, withNulls(null, null)),
                new Sample(
                        DataTypes.createArrayType(DataTypes.IntegerType),
                        ArrayVector.class,
                        withNulls(List.of(1, 2), null, List.of(), Arrays.asList(3, null))),
                new Sample(
                        DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType),
                        MapVector.class,
                        withNulls(map("a", 1L, "b", null), null, map())),
                new Sample(
                        POINT,
                        StructVector.class,
                        withNulls(RowFactory.create(1, "a"), null, RowFactory.create(null, null))),
                new Sample(
                        DataTypes.createArrayType(POINT),
                        ArrayVector.class,
                        withNulls(
                                List.of(RowFactory.create(1, "a")), Arrays.asList(null, RowFactory.create(2, null)))));
    }

    @Test
    void builtVectorsGiveBackTheirValues() {
        for (Sample sample : samples()) {
            VectorBuilder builder = VectorBuilder.forType(sample.type(), 2);
            sample.values().forEach(builder::append);
            assertThat(builder.size()).isEqualTo(sample.values().size());
            ColumnVector vector = builder.build();
            assertThat(vector).isInstanceOf(sample.vectorClass());
            assertThat(vector.type()).isEqualTo(sample.type());
            assertValues(vector, sample.values());
            assertThat(vector.hasNulls()).isEqualTo(sample.values().contains(null));
            assertThat(vector.nullCount()).isEqualTo((int)
                    sample.values().stream().filter(v -> v == null).count());
            assertThat(vector.estimatedBytes()).isPositive();
            assertThat(builder.size()).as("the builder starts over").isZero();
        }
    }

    @Test
    void gatherAndSliceCopyTheChosenRows() {
        for (Sample sample : samples()) {
            ColumnVector vector = build(sample.type(), sample.values());
            int last = sample.values().size() - 1;
            int[] positions = {last, 0, last, 1};
            ColumnVector gathered = vector.gather(positions, 3);
            List<Object> expected = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                expected.add(sample.values().get(positions[i]));
            }
            assertValues(gathered, expected);
            assertValues(vector.slice(1, last + 1), sample.values().subList(1, last + 1));
            assertValues(vector.slice(1, 1), List.of());
            assertValues(vector.gather(new int[0], 0), List.of());
            assertThat(vector.slice(0, vector.size())).isSameAs(vector);
        }
    }

    @Test
    void copyingRowsAndInternalValuesReproducesTheVector() {
        for (Sample sample : samples()) {
            ColumnVector vector = build(sample.type(), sample.values());
            VectorBuilder byRow = VectorBuilder.forType(sample.type(), 0);
            VectorBuilder byRange = VectorBuilder.forType(sample.type(), 0);
            VectorBuilder byInternal = VectorBuilder.forType(sample.type(), 0);
            for (int i = 0; i < vector.size(); i++) {
                byRow.appendFrom(vector, i);
                byInternal.appendInternal(vector.getInternal(i));
                Object external = sample.values().get(i);
                VectorAssertions.assertSameValue(
                        Internal.toExternal(sample.type(), Internal.toInternal(sample.type(), external)),
                        external,
                        "internal form of " + external);
            }
            byRange.appendRange(vector, 0, 1);
            byRange.appendRange(vector, 1, vector.size());
            assertValues(byRow.build(), sample.values());
            assertValues(byRange.build(), sample.values());
            assertValues(byInternal.build(), sample.values());
        }
    }

    @Test
    void emptyVectorsOfEveryType() {
        for (Sample sample : samples()) {
            ColumnVector empty = VectorBuilder.forType(sample.type(), 0).build();
            assertThat(empty.size()).isZero();
            assertThat(empty.hasNulls()).isFalse();
            assertThat(empty.gather(new int[0], 0).size()).isZero();
            assertThatThrownBy(() -> empty.get(0)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void primitiveVectorsExposeArraysWithZerosAtNullRows() {
        LongVector.Builder builder = LongVector.builder(DataTypes.LongType, 1);
        builder.append(7L);
        builder.appendNull();
        builder.append(Integer.valueOf(9));
        LongVector vector = builder.build();
        assertThat(vector.values()).startsWith(7L, 0L, 9L);
        assertThat(vector.getLong(2)).isEqualTo(9L);
        assertThat(vector.nulls()).startsWith(false, true, false);

        LongVector noNulls = new LongVector(DataTypes.LongType, 2, new long[] {1, 2, 99}, new boolean[3]);
        assertThat(noNulls.nulls()).as("a mask without a true entry is dropped").isNull();
        assertThat(noNulls.hasNulls()).isFalse();
        assertThat(values(noNulls)).containsExactly(1L, 2L);

        IntVector dates = new IntVector(DataTypes.DateType, 1, new int[] {19753}, null);
        assertThat(dates.get(0)).isEqualTo(LocalDate.of(2024, 1, 31));
        LongVector decimals = new LongVector(new DecimalType(5, 2), 1, new long[] {-150}, null);
        assertThat(decimals.get(0)).isEqualTo(new BigDecimal("-1.50"));
        LongVector timestamps = new LongVector(DataTypes.TimestampType, 1, new long[] {1_500_000}, null);
        assertThat(timestamps.get(0)).isEqualTo(Instant.ofEpochSecond(1, 500_000_000));
    }

    @Test
    void bytesVectorsCompareHashAndDecode() {
        BytesVector.Builder builder = BytesVector.builder(DataTypes.StringType, 4);
        builder.append("b");
        builder.append("a");
        builder.appendNull();
        byte[] buffer = "xxbyy".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        builder.append(buffer, 2, 1);
        BytesVector vector = builder.build();
        assertThat(vector.string(0)).isEqualTo("b");
        assertThat(vector.length(2)).isZero();
        assertThat(vector.offsets()).startsWith(0, 1, 2, 2, 3);
        assertThat(vector.equals(0, vector, 3)).isTrue();
        assertThat(vector.equals(0, vector, 1)).isFalse();
        assertThat(vector.compare(1, vector, 0)).isNegative();
        assertThat(vector.hash(0)).isEqualTo(vector.hash(3)).isNotEqualTo(vector.hash(1));
        assertThat(vector.bytesAt(3)).containsExactly('b');
    }

    @Test
    void nestedBuildersHaveTypedChildren() {
        ArrayVector.Builder arrays = ArrayVector.builder(DataTypes.createArrayType(DataTypes.LongType), 2);
        LongVector.Builder elements = (LongVector.Builder) arrays.elements();
        elements.append(1);
        elements.append(2);
        arrays.endArray();
        arrays.appendNull();
        arrays.endArray();
        ArrayVector array = arrays.build();
        assertValues(array, Arrays.asList(List.of(1L, 2L), null, List.of()));
        assertThat(array.offsets()).startsWith(0, 2, 2, 2);
        assertThat(array.elements().size()).isEqualTo(2);

        MapVector.Builder maps =
                MapVector.builder(DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType), 1);
        ((BytesVector.Builder) maps.keys()).append("k");
        ((IntVector.Builder) maps.values()).append(5);
        maps.endMap();
        assertValues(maps.build(), List.of(map("k", 5)));

        StructVector.Builder structs = StructVector.builder(POINT, 1);
        ((IntVector.Builder) structs.field(0)).append(3);
        ((BytesVector.Builder) structs.field(1)).append("t");
        structs.endStruct();
        structs.appendNull();
        StructVector struct = structs.build();
        assertValues(struct, Arrays.asList(RowFactory.create(3, "t"), null));
        assertThat(((Row) struct.get(0)).<String>getAs("tag")).isEqualTo("t");
        assertThat(struct.child(0).isNull(1))
                .as("children of a null row hold nulls")
                .isTrue();

        StructVector.Builder unfinished = StructVector.builder(POINT, 1);
        ((IntVector.Builder) unfinished.field(0)).append(3);
        assertThatThrownBy(unfinished::endStruct).isInstanceOf(IllegalStateException.class);
        ArrayVector.Builder dangling = ArrayVector.builder(DataTypes.createArrayType(DataTypes.LongType), 1);
        ((LongVector.Builder) dangling.elements()).append(1);
        assertThatThrownBy(dangling::appendNull).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void externalValuesAreWidenedAndConvertedAsSparksCreateDataFrame() {
        assertValues(build(DataTypes.LongType, List.of((byte) 1, (short) 2, 3)), List.of(1L, 2L, 3L));
        assertValues(build(DataTypes.DoubleType, List.of(1.5f)), List.of(1.5));
        assertValues(
                build(DataTypes.DateType, List.of(java.sql.Date.valueOf("2024-01-31"))),
                List.of(LocalDate.of(2024, 1, 31)));
        assertValues(
                build(DataTypes.TimestampType, List.of(java.sql.Timestamp.from(Instant.ofEpochSecond(5)))),
                List.of(Instant.ofEpochSecond(5)));
        assertValues(
                build(new DecimalType(5, 2), List.of(1, new BigDecimal("2.345"), java.math.BigInteger.TEN)),
                List.of(new BigDecimal("1.00"), new BigDecimal("2.35"), new BigDecimal("10.00")));
        assertValues(
                build(DataTypes.createArrayType(DataTypes.IntegerType), List.of(new int[] {1, 2}, new Integer[] {3})),
                List.of(List.of(1, 2), List.of(3)));
        assertThat(build(DataTypes.createArrayType(POINT), List.of(List.of(RowFactory.create(1, "a"))))
                        .get(0))
                .isEqualTo(List.of(new GenericRow(new Object[] {1, "a"}, POINT)));
    }

    @Test
    void wrongClassesAreNamedInTheError() {
        assertThatThrownBy(() -> build(DataTypes.LongType, List.of("1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "A value of type bigint must be a java.lang.Long (or Integer, Short, Byte), not a java.lang.String");
        assertThatThrownBy(() -> build(DataTypes.IntegerType, List.of(1L)))
                .hasMessageContaining("type int must be a java.lang.Integer")
                .hasMessageContaining("java.lang.Long");
        assertThatThrownBy(() -> build(DataTypes.TimestampType, List.of(LocalDateTime.now())))
                .hasMessageContaining("java.time.Instant");
        assertThatThrownBy(() -> build(DataTypes.StringType, List.of(new byte[0])))
                .hasMessageContaining("java.lang.String");
        assertThatThrownBy(() -> build(new DecimalType(3, 1), List.of(new BigDecimal("123.4"))))
                .hasMessage("Decimal value 123.4 does not fit in decimal(3,1)");
        assertThatThrownBy(() -> build(DataTypes.NullType, List.of(1))).hasMessageContaining("void");
        assertThatThrownBy(() ->
                        build(DataTypes.createArrayType(DataTypes.IntegerType, false), List.of(Arrays.asList(1, null))))
                .hasMessage("field element: null value in an array that does not contain nulls");
        assertThatThrownBy(() ->
                        build(new MapType(DataTypes.StringType, DataTypes.IntegerType, true), List.of(map("a", "b"))))
                .hasMessageStartingWith("field value: A value of type int");
        assertThatThrownBy(() -> build(POINT, List.of(RowFactory.create(1))))
                .hasMessageContaining("A row of 1 values does not fit the 2 fields");
        assertThatThrownBy(() -> new LongVector(DataTypes.StringType, 0, new long[0], null))
                .hasMessageContaining("cannot hold values of type string");
        assertThatThrownBy(() -> new ArrayVector(
                        new ArrayType(DataTypes.LongType, true),
                        1,
                        new int[] {0, 1},
                        build(DataTypes.IntegerType, List.of(1)),
                        null))
                .hasMessageContaining("Elements of type int");
    }

    @Test
    void buildersGrowPastTheirExpectedSize() {
        LongVector.Builder builder = LongVector.builder(DataTypes.LongType, 1);
        for (long i = 0; i < 10_000; i++) {
            if (i % 7 == 0) {
                builder.appendNull();
            } else {
                builder.append(i);
            }
        }
        LongVector vector = builder.build();
        assertThat(vector.size()).isEqualTo(10_000);
        assertThat(vector.get(9_999)).isEqualTo(9_999L);
        assertThat(vector.isNull(9_996)).isTrue();
        assertThat(vector.nullCount()).isEqualTo(1429);
    }

    @Test
    void batchesCheckSizesAndProjectGatherAndSlice() {
        ColumnVector ids = build(DataTypes.LongType, List.of(1L, 2L, 3L));
        ColumnVector names = build(DataTypes.StringType, Arrays.asList("a", null, "c"));
        ColumnBatch batch = ColumnBatch.of(ids, names);
        assertThat(batch.numRows()).isEqualTo(3);
        assertThat(batch.numColumns()).isEqualTo(2);
        assertThat(batch.project(new int[] {1}).column(0)).isSameAs(names);
        ColumnBatch gathered = batch.gather(new int[] {2, 0}, 2);
        assertThat(values(gathered.column(0))).containsExactly(3L, 1L);
        assertThat(values(gathered.column(1))).containsExactly("c", "a");
        assertThat(values(batch.slice(1, 3).column(1))).containsExactly(null, "c");
        assertThat(batch.slice(0, 3)).isSameAs(batch);
        assertThat(batch.estimatedBytes()).isGreaterThan(ids.estimatedBytes() + names.estimatedBytes());
        assertThat(batch.toString()).isEqualTo("ColumnBatch(3 rows, bigint, string)");
        ColumnBatch countOnly = new ColumnBatch(5, List.of());
        assertThat(countOnly.numRows()).isEqualTo(5);
        assertThat(countOnly.gather(new int[] {0, 1}, 2).numRows()).isEqualTo(2);
        assertThat(countOnly.slice(1, 4).numRows()).isEqualTo(3);
        assertThatThrownBy(() -> new ColumnBatch(2, List.of(ids)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Column 0 has 3 rows in a batch of 2");
        assertThatThrownBy(() -> ColumnBatch.of()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> batch.columns().add(ids)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static ColumnVector build(DataType type, List<?> values) {
        VectorBuilder builder = VectorBuilder.forType(type, values.size());
        values.forEach(builder::append);
        return builder.build();
    }
}
