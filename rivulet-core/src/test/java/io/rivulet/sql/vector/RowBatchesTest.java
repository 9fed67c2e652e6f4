package io.rivulet.sql.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowBatchesTest {
    private static final StructType ADDRESS =
            new StructType().add("city", DataTypes.StringType).add("zip", DataTypes.IntegerType, false);
    private static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.LongType, false)
            .add("address", ADDRESS)
            .add("phones", DataTypes.createArrayType(DataTypes.StringType, false));

    @Test
    void rowsGoIntoBatchesOfTheAskedSizeAndComeBackWithTheSchema() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(RowFactory.create((long) i, i % 3 == 0 ? null : RowFactory.create("c" + i, i), List.of("p" + i)));
        }
        Iterator<ColumnBatch> batches = RowBatches.fromRows(rows.iterator(), SCHEMA, 4);
        List<Integer> sizes = new ArrayList<>();
        List<Row> back = new ArrayList<>();
        while (batches.hasNext()) {
            ColumnBatch batch = batches.next();
            sizes.add(batch.numRows());
            back.addAll(RowBatches.toRows(batch, SCHEMA));
        }
        assertThat(sizes).containsExactly(4, 4, 2);
        assertThat(back).isEqualTo(rows);
        assertThat(back.get(1).schema()).isEqualTo(SCHEMA);
        assertThat(back.get(1).<Row>getAs("address").<Integer>getAs("zip")).isEqualTo(1);
        assertThat(RowBatches.fromRows(List.<Row>of().iterator(), SCHEMA, 4).hasNext())
                .isFalse();
    }

    @Test
    void badRowsAreNamedByIndexAndField() {
        Row good = RowFactory.create(1L, null, List.of());
        assertThatThrownBy(() -> RowBatches.toBatch(List.of(good, RowFactory.create(null, null, List.of())), SCHEMA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Row 1: field id: null value in a non-nullable field");
        assertThatThrownBy(() -> RowBatches.toBatch(
                        List.of(good, good, RowFactory.create(2L, RowFactory.create("x", null), List.of())), SCHEMA))
                .hasMessage("Row 2: field address.zip: null value in a non-nullable field");
        assertThatThrownBy(() ->
                        RowBatches.toBatch(List.of(RowFactory.create(2L, null, Arrays.asList("a", null))), SCHEMA))
                .hasMessage("Row 0: field phones.element: null value in an array that does not contain nulls");
        assertThatThrownBy(() -> RowBatches.toBatch(List.of(RowFactory.create(2L, null)), SCHEMA))
                .hasMessage("Row 0: A row of 2 values does not fit the 3 fields of "
                        + "struct<id:bigint,address:struct<city:string,zip:int>,phones:array<string>>");
        assertThatThrownBy(() -> RowBatches.toBatch(List.of(RowFactory.create("1", null, List.of())), SCHEMA))
                .hasMessage(
                        "Row 0: field id: A value of type bigint must be a java.lang.Long (or Integer, Short, Byte), "
                                + "not a java.lang.String");
        assertThatThrownBy(() -> RowBatches.toBatch(Arrays.asList(good, null), SCHEMA))
                .hasMessage("Row 1 is null");
        Iterator<ColumnBatch> lazy = RowBatches.fromRows(
                List.of(good, good, good, RowFactory.create(null, null, List.of()))
                        .iterator(),
                SCHEMA,
                2);
        assertThat(lazy.next().numRows()).isEqualTo(2);
        assertThatThrownBy(lazy::next).as("the index counts across batches").hasMessageStartingWith("Row 3: field id");
    }

    @Test
    void toRowsChecksTheColumnCount() {
        ColumnBatch batch = RowBatches.toBatch(List.of(RowFactory.create(1L, null, List.of())), SCHEMA);
        assertThatThrownBy(() -> RowBatches.toRows(batch, new StructType().add("id", DataTypes.LongType)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 columns");
        assertThatThrownBy(() -> RowBatches.fromRows(List.<Row>of().iterator(), SCHEMA, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
