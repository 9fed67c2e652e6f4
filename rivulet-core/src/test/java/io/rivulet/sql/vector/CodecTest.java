package io.rivulet.sql.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shuffle and cache formats on chosen cases; the random round trips are in RoundTripPropertyTest. */
class CodecTest {
    private static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.LongType, false)
            .add("color", DataTypes.StringType)
            .add("tags", DataTypes.createArrayType(DataTypes.StringType));

    private static List<Row> rows(int count) {
        String[] colors = {"red", "green", "blue"};
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(RowFactory.create((long) i, i % 10 == 0 ? null : colors[i % 3], List.of(colors[i % 2])));
        }
        return rows;
    }

    @Test
    void repeatedStringsAreCachedWithADictionaryAndUniqueOnesAreNot() {
        ColumnBatch batch = RowBatches.toBatch(rows(1000), SCHEMA);
        CachedBatch cached = CacheCodec.encode(batch, SCHEMA);
        assertThat(CacheCodec.isDictionaryEncoded(cached, 1)).isTrue();
        assertThat(CacheCodec.isDictionaryEncoded(cached, 0)).isFalse();
        assertThat(RowBatches.toRows(CacheCodec.decode(cached, SCHEMA), SCHEMA)).isEqualTo(rows(1000));
        assertThat(cached.numRows()).isEqualTo(1000);
        assertThat(cached.numColumns()).isEqualTo(3);
        assertThat(cached.sizeInBytes())
                .isGreaterThan(cached.columnBytes(0) + cached.columnBytes(1) + cached.columnBytes(2))
                .isLessThan(batch.estimatedBytes() / 4);

        StructType names = new StructType().add("name", DataTypes.StringType);
        List<Row> unique = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            unique.add(RowFactory.create("name-" + i));
        }
        CachedBatch distinct = CacheCodec.encode(RowBatches.toBatch(unique, names), names);
        assertThat(CacheCodec.isDictionaryEncoded(distinct, 0)).isFalse();
        assertThat(RowBatches.toRows(CacheCodec.decode(distinct, names), names)).isEqualTo(unique);
    }

    @Test
    void aDictionaryNeedsFewerValuesThanHalfTheRows() {
        StructType names = new StructType().add("name", DataTypes.StringType);
        List<Row> half = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            half.add(RowFactory.create("v" + (i % 5)));
        }
        assertThat(CacheCodec.isDictionaryEncoded(CacheCodec.encode(RowBatches.toBatch(half, names), names), 0))
                .as("5 values in 10 rows")
                .isFalse();
        half.set(9, RowFactory.create("v0"));
        half.set(4, RowFactory.create("v0"));
        assertThat(CacheCodec.isDictionaryEncoded(CacheCodec.encode(RowBatches.toBatch(half, names), names), 0))
                .as("4 values in 10 rows")
                .isTrue();
    }

    @Test
    void primitiveColumnsCompress() {
        StructType longs = new StructType().add("n", DataTypes.LongType);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 4096; i++) {
            rows.add(RowFactory.create((long) (i % 16)));
        }
        byte[] encoded = BatchCodec.encode(RowBatches.toBatch(rows, longs), longs);
        assertThat(encoded.length).isLessThan(4096 * 8 / 4);
        assertThat(RowBatches.toRows(BatchCodec.decode(encoded, longs), longs)).isEqualTo(rows);
    }

    @Test
    void batchesWithoutColumnsOrRowsRoundTrip() throws IOException {
        ColumnBatch countOnly = new ColumnBatch(42, List.of());
        StructType none = new StructType();
        assertThat(BatchCodec.decode(BatchCodec.encode(countOnly, none), none).numRows())
                .isEqualTo(42);
        assertThat(CacheCodec.decode(CacheCodec.encode(countOnly, none), none).numRows())
                .isEqualTo(42);
        ColumnBatch empty = RowBatches.toBatch(List.of(), SCHEMA);
        ColumnBatch decoded = BatchCodec.decode(BatchCodec.encode(empty, SCHEMA), SCHEMA);
        assertThat(decoded.numRows()).isZero();
        assertThat(decoded.numColumns()).isEqualTo(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchCodec.write(empty, SCHEMA, out);
        ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
        assertThat(BatchCodec.read(in, SCHEMA).numRows()).isZero();
        assertThat(BatchCodec.read(in, SCHEMA)).as("the end of the stream").isNull();
    }

    @Test
    void aCutStreamAndAForeignSchemaAreErrors() throws IOException {
        byte[] encoded = BatchCodec.encode(RowBatches.toBatch(rows(50), SCHEMA), SCHEMA);
        assertThatThrownBy(() ->
                        BatchCodec.read(new ByteArrayInputStream(Arrays.copyOf(encoded, encoded.length - 1)), SCHEMA))
                .isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> BatchCodec.read(new ByteArrayInputStream(Arrays.copyOf(encoded, 5)), SCHEMA))
                .isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> BatchCodec.decode(new byte[20], SCHEMA))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad header");
        StructType other = new StructType().add("id", DataTypes.LongType);
        assertThatThrownBy(() -> BatchCodec.decode(encoded, other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 columns");
        ColumnBatch batch = RowBatches.toBatch(rows(3), SCHEMA);
        StructType wrongType = new StructType()
                .add("id", DataTypes.IntegerType)
                .add("color", DataTypes.StringType)
                .add("tags", DataTypes.createArrayType(DataTypes.StringType));
        assertThatThrownBy(() -> BatchCodec.encode(batch, wrongType))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Column 0 of the batch has type bigint but field id has type int");
        assertThatThrownBy(() -> CacheCodec.decode(CacheCodec.encode(batch, SCHEMA), other))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void childrenLongerThanTheirOffsetsAreWrittenUpToThem() {
        ColumnVector elements = new LongVector(DataTypes.LongType, 5, new long[] {1, 2, 3, 4, 5}, null);
        ArrayVector arrays =
                new ArrayVector(DataTypes.createArrayType(DataTypes.LongType), 2, new int[] {0, 1, 3}, elements, null);
        StructType schema = new StructType().add("a", DataTypes.createArrayType(DataTypes.LongType));
        ColumnBatch decoded = BatchCodec.decode(BatchCodec.encode(ColumnBatch.of(arrays), schema), schema);
        assertThat(decoded.column(0).get(1)).isEqualTo(List.of(2L, 3L));
        assertThat(((ArrayVector) decoded.column(0)).elements().size()).isEqualTo(3);
    }
}
