package io.rivulet.sql.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.Rivulet;
import io.rivulet.sql.AnalysisException;
import io.rivulet.sql.DataFrame;
import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code na()}, {@code describe()} and {@code toJSON()} on random rows with nulls and NaN, against plain Java. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MissingValuesAndSummariesTest {
    private static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.IntegerType)
            .add("i", DataTypes.IntegerType)
            .add("d", DataTypes.DoubleType)
            .add("s", DataTypes.StringType)
            .add("b", DataTypes.BooleanType);

    private Rivulet rv;
    private DataFrame table;
    private final List<Object[]> data = new ArrayList<>();

    @BeforeAll
    void start() {
        rv = Rivulet.builder().master("local[2]").build();
        Random random = new Random(11);
        List<Row> rows = new ArrayList<>();
        for (int id = 0; id < 300; id++) {
            Integer i = random.nextInt(4) == 0 ? null : random.nextInt(100) - 50;
            Double d = random.nextInt(4) == 0 ? null : random.nextInt(5) == 0 ? Double.NaN : random.nextInt(1000) / 8.0;
            String s = random.nextInt(4) == 0 ? null : "s" + random.nextInt(4);
            Boolean b = random.nextInt(4) == 0 ? null : random.nextBoolean();
            Object[] row = {id, i, d, s, b};
            data.add(row);
            rows.add(RowFactory.create(row));
        }
        table = rv.createDataFrame(rows, SCHEMA).repartition(3);
    }

    @AfterAll
    void stop() {
        rv.close();
    }

    private static boolean missing(Object value) {
        return value == null || (value instanceof Double d && d.isNaN());
    }

    private static List<Integer> ids(DataFrame frame) {
        return frame.collectAsList().stream().map(r -> r.getInt(0)).sorted().toList();
    }

    private Map<Integer, Row> byId(DataFrame frame) {
        Map<Integer, Row> rows = new HashMap<>();
        frame.collectAsList().forEach(r -> rows.put(r.getInt(0), r));
        assertThat(rows).hasSize(data.size());
        return rows;
    }

    @Test
    void dropKeepsTheRowsWithEnoughValues() {
        assertThat(ids(table.na().drop()))
                .isEqualTo(data.stream()
                        .filter(r -> Arrays.stream(r).noneMatch(MissingValuesAndSummariesTest::missing))
                        .map(r -> (Integer) r[0])
                        .toList());
        String[] some = {"i", "d"};
        assertThat(ids(table.na().drop("all", some)))
                .isEqualTo(data.stream()
                        .filter(r -> !missing(r[1]) || !missing(r[2]))
                        .map(r -> (Integer) r[0])
                        .toList());
        assertThat(ids(table.na().drop(4)))
                .isEqualTo(data.stream()
                        .filter(r -> Arrays.stream(r).filter(v -> !missing(v)).count() >= 4)
                        .map(r -> (Integer) r[0])
                        .toList());
        assertThatThrownBy(() -> table.na().drop("some")).hasMessage("how (some) must be 'any' or 'all'");
        assertThatThrownBy(() -> table.na().drop(new String[] {"nope"})).isInstanceOf(AnalysisException.class);
    }

    @Test
    void fillReplacesMissingValuesOfItsKindOnly() {
        Map<Integer, Row> numbers = byId(table.na().fill(7));
        Map<Integer, Row> text = byId(table.na().fill("none", new String[] {"s", "i"}));
        Map<Integer, Row> perColumn = byId(table.na().fill(Map.of("d", 0.5, "b", true)));
        for (Object[] r : data) {
            Row n = numbers.get((Integer) r[0]);
            assertThat(n.get(1)).isEqualTo(r[1] == null ? 7 : r[1]);
            assertThat(n.get(2)).isEqualTo(missing(r[2]) ? 7.0 : r[2]);
            assertThat(n.get(3)).isEqualTo(r[3]);
            Row t = text.get((Integer) r[0]);
            assertThat(t.get(3)).isEqualTo(r[3] == null ? "none" : r[3]);
            assertThat(t.get(1)).as("an int column is not filled with a string").isEqualTo(r[1]);
            Row p = perColumn.get((Integer) r[0]);
            assertThat(p.get(2)).isEqualTo(missing(r[2]) ? 0.5 : r[2]);
            assertThat(p.get(4)).isEqualTo(r[4] == null ? true : r[4]);
        }
        // As Spark's: the types stay, and a filled column can no longer be null.
        StructType filled = table.na().fill(1).schema();
        assertThat(filled.fieldNames()).containsExactly(table.columns());
        assertThat(filled.fields()[1].dataType()).isEqualTo(DataTypes.IntegerType);
        assertThat(filled.fields()[1].nullable()).isFalse();
        assertThat(filled.fields()[3].nullable())
                .as("a string column, untouched")
                .isTrue();
    }

    @Test
    void replaceSwapsValuesInColumnsOfTheirKind() {
        Map<Integer, Row> replaced = byId(table.na().replace("*", Map.of("s0", "zero", "s1", "one")));
        Map<Integer, Row> numbers = byId(table.na().replace(new String[] {"i"}, Map.of(0, 100, 1, 101)));
        for (Object[] r : data) {
            Object s = replaced.get((Integer) r[0]).get(3);
            assertThat(s).isEqualTo("s0".equals(r[3]) ? "zero" : "s1".equals(r[3]) ? "one" : r[3]);
            Object i = numbers.get((Integer) r[0]).get(1);
            assertThat(i).isEqualTo(Objects.equals(r[1], 0) ? 100 : Objects.equals(r[1], 1) ? 101 : r[1]);
        }
    }

    @Test
    void describeGivesSparksFiveFiguresAsStrings() {
        DataFrame summary = table.describe("i", "s");
        assertThat(summary.columns()).containsExactly("summary", "i", "s");
        List<Row> rows = summary.collectAsList();
        assertThat(rows.stream().map(r -> r.getString(0))).containsExactly("count", "mean", "stddev", "min", "max");
        List<Integer> ints =
                data.stream().map(r -> (Integer) r[1]).filter(Objects::nonNull).toList();
        double mean = ints.stream().mapToInt(Integer::intValue).average().orElseThrow();
        double variance =
                ints.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (ints.size() - 1);
        assertThat(rows.get(0).getString(1)).isEqualTo(String.valueOf(ints.size()));
        assertThat(Double.parseDouble(rows.get(1).getString(1)))
                .isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Double.parseDouble(rows.get(2).getString(1)))
                .isCloseTo(Math.sqrt(variance), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rows.get(3).getString(1))
                .isEqualTo(String.valueOf(
                        ints.stream().min(Comparator.naturalOrder()).orElseThrow()));
        assertThat(rows.get(4).getString(1))
                .isEqualTo(String.valueOf(
                        ints.stream().max(Comparator.naturalOrder()).orElseThrow()));
        assertThat(rows.get(1).isNullAt(2))
                .as("the mean of text that is no number")
                .isTrue();
        assertThat(rows.get(3).getString(2)).isEqualTo("s0");
        assertThat(table.describe().columns()).containsExactly("summary", "id", "i", "d", "s");
    }

    @Test
    void summaryAddsTheQuartilesAsTheSmallestValuesWithAQuarterHalfAndThreeQuartersAtOrBelow() {
        List<Row> rows = table.summary().collectAsList();
        assertThat(rows.stream().map(r -> r.getString(0)))
                .containsExactly("count", "mean", "stddev", "min", "25%", "50%", "75%", "max");
        List<Integer> ints = data.stream()
                .map(r -> (Integer) r[1])
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        int column = 2; // summary, id, i, d, s
        for (int q = 1; q <= 3; q++) {
            int rank = (int) Math.ceil(q / 4.0 * ints.size());
            assertThat(rows.get(3 + q).getString(column))
                    .as(q * 25 + "%")
                    .isEqualTo(String.valueOf(ints.get(rank - 1)));
        }
        assertThat(rows.get(0).getString(column))
                .isEqualTo(table.describe("i").collectAsList().get(0).getString(1));
        assertThat(rows.get(5).isNullAt(4))
                .as("the median of text that is no number")
                .isTrue();
    }

    @Test
    void summaryComputesTheNamedStatisticsAndRefusesUnknownOnes() {
        DataFrame ids = table.select("id");
        List<Row> rows = ids.summary("count_distinct", "approx_count_distinct", "90%", "MAX")
                .collectAsList();
        assertThat(rows.stream().map(r -> r.getString(0)))
                .containsExactly("count_distinct", "approx_count_distinct", "90%", "MAX");
        assertThat(rows.get(0).getString(1)).isEqualTo("300");
        assertThat(Long.parseLong(rows.get(1).getString(1))).as("an estimate").isBetween(285L, 315L);
        assertThat(rows.get(2).getString(1)).isEqualTo("269");
        assertThat(rows.get(3).getString(1)).isEqualTo("299");
        Row distinct = table.summary("count_distinct").first();
        for (int c = 1; c <= 3; c++) {
            int column = c; // i, d, s: several distinct sets in one aggregation
            long expected = data.stream()
                    .map(r -> r[column])
                    .filter(Objects::nonNull)
                    .distinct()
                    .count();
            assertThat(distinct.getString(c + 1)).isEqualTo(String.valueOf(expected));
        }
        assertThatThrownBy(() -> ids.summary("p99"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p99 is not a recognised statistic");
        assertThatThrownBy(() -> ids.summary("120%"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("120%");
    }

    @Test
    void toJsonWritesEachRowAsTheJsonWriterDoes() {
        DataFrame json = table.orderBy("id").toJSON();
        assertThat(json.columns()).containsExactly("value");
        List<String> lines =
                json.collectAsList().stream().map(r -> r.getString(0)).toList();
        assertThat(lines).hasSize(data.size());
        for (int k = 0; k < data.size(); k++) {
            Object[] r = data.get(k);
            StringBuilder expected = new StringBuilder("{\"id\":" + r[0]);
            if (r[1] != null) {
                expected.append(",\"i\":").append(r[1]);
            }
            if (r[2] != null) {
                Double d = (Double) r[2];
                expected.append(",\"d\":").append(d.isNaN() ? "\"NaN\"" : d.toString());
            }
            if (r[3] != null) {
                expected.append(",\"s\":\"").append(r[3]).append('"');
            }
            if (r[4] != null) {
                expected.append(",\"b\":").append(r[4]);
            }
            assertThat(lines.get(k)).isEqualTo(expected.append('}').toString());
        }
    }
}
