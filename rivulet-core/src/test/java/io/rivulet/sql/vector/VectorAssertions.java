package io.rivulet.sql.vector;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import java.util.ArrayList;
import java.util.List;

/** Comparisons of external values with Row's equality (byte arrays by content, decimals by value, deeply). */
final class VectorAssertions {
    private VectorAssertions() {}

    static void assertSameValue(Object actual, Object expected, String description) {
        assertThat(RowFactory.create(actual)).as(description).isEqualTo(RowFactory.create(expected));
    }

    static List<Object> values(ColumnVector vector) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < vector.size(); i++) {
            values.add(vector.get(i));
        }
        return values;
    }

    static void assertValues(ColumnVector vector, List<?> expected) {
        assertThat(vector.size()).isEqualTo(expected.size());
        Row actualRow = RowFactory.create(values(vector).toArray());
        Row expectedRow = RowFactory.create(expected.toArray());
        assertThat(actualRow).as("values of %s", vector).isEqualTo(expectedRow);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(vector.isNull(i)).as("isNull(%s)", i).isEqualTo(expected.get(i) == null);
        }
    }
}
