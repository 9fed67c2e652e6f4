package io.rivulet.sql.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.Rivulet;
import io.rivulet.sql.AnalysisException;
import io.rivulet.sql.DataFrame;
import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Implicit casts through SQL, as Spark 4 inserts them: the types the queries get and the values they compute. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypeCoercionTest {
    private Rivulet rv;
    private final List<Object[]> data = new ArrayList<>();

    @BeforeAll
    void start() {
        rv = Rivulet.builder().master("local[2]").build();
        Random random = new Random(3);
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < 100; k++) {
            Integer i = random.nextInt(5) == 0 ? null : random.nextInt(200) - 100;
            Long l = random.nextInt(5) == 0 ? null : random.nextLong() >> 8;
            LocalDate d = LocalDate.of(2023, 6, 1).plusDays(random.nextInt(400));
            data.add(new Object[] {k, i, l, d});
            rows.add(RowFactory.create(k, i, l, d));
        }
        StructType schema = new StructType()
                .add("k", DataTypes.IntegerType)
                .add("i", DataTypes.IntegerType)
                .add("l", DataTypes.LongType)
                .add("d", DataTypes.DateType);
        rv.createDataFrame(rows, schema).createOrReplaceTempView("t");
    }

    @AfterAll
    void stop() {
        rv.close();
    }

    private String type(String expression) {
        return rv.sql("SELECT " + expression + " FROM t")
                .schema()
                .fields()[0]
                .dataType()
                .simpleString();
    }

    private Object value(String expression) {
        return rv.sql("SELECT " + expression).first().get(0);
    }

    @Test
    void arithmeticMeetsAtTheWiderType() {
        assertThat(type("i + l")).isEqualTo("bigint");
        assertThat(type("i * 2L")).isEqualTo("bigint");
        assertThat(type("i / 2")).isEqualTo("double");
        assertThat(type("i div 2")).isEqualTo("bigint");
        assertThat(type("i + 1.5D")).isEqualTo("double");
        assertThat(type("CAST(1 AS DECIMAL(10,2)) + i")).isEqualTo("decimal(13,2)");
        assertThat(value("1 / 2")).isEqualTo(0.5);
        assertThat(value("NULL + 1")).isNull();
        assertThat(type("NULL + i")).isEqualTo("int");
        List<Row> sums = rv.sql("SELECT k, i + l FROM t ORDER BY k").collectAsList();
        for (Object[] r : data) {
            Row row = sums.get((Integer) r[0]);
            Long expected = r[1] == null || r[2] == null ? null : (Integer) r[1] + (Long) r[2];
            assertThat(row.get(1)).as("i + l of row %s", r[0]).isEqualTo(expected);
        }
    }

    @Test
    void comparisonsReadStringsAsTheOtherSide() {
        assertThat(value("'5' = 5")).isEqualTo(true);
        assertThat(value("1 = 1L")).isEqualTo(true);
        assertThat(value("1.0D < 2")).isEqualTo(true);
        long afterNewYear = data.stream()
                .filter(r -> ((LocalDate) r[3]).isAfter(LocalDate.of(2024, 1, 1)))
                .count();
        assertThat(rv.sql("SELECT * FROM t WHERE d > '2024-01-01'").count()).isEqualTo(afterNewYear);
        long small =
                data.stream().filter(r -> r[1] != null && (Integer) r[1] < 10).count();
        assertThat(rv.sql("SELECT * FROM t WHERE i < 10L").count()).isEqualTo(small);
        assertThatThrownBy(() -> rv.sql("SELECT 'x' = 5").collectAsList()).hasMessageContaining("CAST_INVALID_INPUT");
    }

    @Test
    void branchesAndListsMeetAtTheirWiderType() {
        assertThat(type("CASE WHEN i > 0 THEN 1 ELSE 2.5D END")).isEqualTo("double");
        assertThat(type("IF(i > 0, i, l)")).isEqualTo("bigint");
        assertThat(type("coalesce(i, l)")).isEqualTo("bigint");
        assertThat(type("coalesce(NULL, 1)")).isEqualTo("int");
        assertThat(type("nvl(i, 0L)")).isEqualTo("bigint");
        assertThat(type("greatest(i, 2.5D)")).isEqualTo("double");
        assertThat(type("array(i, l)")).isEqualTo("array<bigint>");
        assertThat(type("map(1, i, 2L, l)")).isEqualTo("map<bigint,bigint>");
        assertThat(value("1 IN (1.0D, 2L)")).isEqualTo(true);
        assertThat(value("2 BETWEEN 1L AND 2.5D")).isEqualTo(true);
        assertThat(value("CAST(1 AS DECIMAL(2,1)) IN (1, 2)")).isEqualTo(true);
    }

    @Test
    void functionArgumentsTakeTheTypesTheFunctionDeclares() {
        assertThat(type("sqrt(i)")).isEqualTo("double");
        assertThat(value("upper(1)")).isEqualTo("1");
        assertThat(value("length(12345)")).isEqualTo(5);
        assertThat(type("stddev(i)")).isEqualTo("double");
        assertThat(value("round(CAST(2.345 AS DECIMAL(4,3)), 2)")).isEqualTo(new BigDecimal("2.35"));
    }

    @Test
    void typesThatCannotMeetAreStillErrorsNamingBoth() {
        assertThatThrownBy(() -> rv.sql("SELECT i + true FROM t"))
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("DATATYPE_MISMATCH")
                .hasMessageContaining("\"INT\"")
                .hasMessageContaining("\"BOOLEAN\"");
        assertThatThrownBy(() -> rv.sql("SELECT d + d FROM t")).isInstanceOf(AnalysisException.class);
    }

    @Test
    void withAnsiOffABadStringReadsAsNull() {
        try (Rivulet legacy = Rivulet.builder()
                .master("local[1]")
                .config("rivulet.sql.ansi.enabled", "false")
                .build()) {
            DataFrame answer = legacy.sql("SELECT 'x' = 5, '7' + 1");
            assertThat(answer.first().get(0)).isNull();
            assertThat(answer.first().get(1)).isEqualTo(8.0);
        }
    }
}
