package io.rivulet.sql.datasource;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.Row;
import io.rivulet.sql.sources.Table;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written by another tool read correctly: DuckDB writes CSV and JSON with {@code COPY ... TO}. */
class DuckDbReferenceTest {
    @TempDir
    Path dir;

    private static final String QUERY = """
            SELECT i, i * 3000000000 AS big, i / 4 AS d, 'row ' || i || CASE WHEN i = 2 THEN ', "quoted"' ELSE '' END AS s,
                   DATE '2024-01-01' + i AS day, TIMESTAMP '2024-01-01 10:00:00' + INTERVAL (i) HOUR AS ts,
                   i % 2 = 0 AS even, CAST(i AS DECIMAL(10, 2)) / 8 AS dec,
                   CASE WHEN i = 3 THEN NULL ELSE 'Grüße ✓' END AS u
            FROM (SELECT CAST(range AS INTEGER) AS i FROM range(1, 6)) ORDER BY i""";

    private void duckdb(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void readsDuckDbCsvWithInference() throws SQLException {
        Path csv = dir.resolve("ref.csv");
        duckdb("COPY (" + QUERY + ") TO '" + csv + "' (HEADER)");
        Table table = Sources.of("csv")
                .option("header", "true")
                .option("inferSchema", "true")
                .table(csv);
        assertThat(table.schema().simpleString())
                .isEqualTo("struct<i:int,big:bigint,d:double,s:string,day:date,"
                        + "ts:timestamp,even:boolean,dec:double,u:string>");
        List<Row> rows = Sources.rows(table.scan(new io.rivulet.sql.sources.ScanRequest(table.schema(), List.of())));
        assertThat(rows).hasSize(5);
        Row second = rows.get(1);
        assertThat(second.getInt(0)).isEqualTo(2);
        assertThat(second.getLong(1)).isEqualTo(6000000000L);
        assertThat(second.getDouble(2)).isEqualTo(0.5);
        assertThat(second.getString(3)).isEqualTo("row 2, \"quoted\"");
        assertThat(second.get(4)).isEqualTo(LocalDate.of(2024, 1, 3));
        assertThat(second.get(5)).isEqualTo(Instant.parse("2024-01-01T12:00:00Z"));
        assertThat(second.getBoolean(6)).isTrue();
        assertThat(second.getDouble(7)).isEqualTo(0.25);
        assertThat(second.getString(8)).isEqualTo("Grüße ✓");
        assertThat(rows.get(2).get(8)).isNull();
    }

    @Test
    void readsDuckDbJsonWithASchemaAndByInference() throws SQLException {
        Path json = dir.resolve("ref.json");
        duckdb("COPY (" + QUERY + ") TO '" + json + "' (FORMAT JSON)");
        Table inferred = Sources.of("json").table(json);
        assertThat(inferred.schema().simpleString())
                .isEqualTo("struct<big:bigint,d:double,day:string,dec:double,"
                        + "even:boolean,i:bigint,s:string,ts:string,u:string>");
        StructType schema = new StructType()
                .add("i", DataTypes.IntegerType)
                .add("day", DataTypes.DateType)
                .add("ts", DataTypes.TimestampType)
                .add("dec", DataTypes.createDecimalType(10, 3))
                .add("u", DataTypes.StringType);
        List<Row> rows = Sources.of("json").schema(schema).read(json);
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).toString()).isEqualTo("[1,2024-01-02,2024-01-01T11:00:00Z,0.125,Grüße ✓]");
        assertThat(rows.get(2).get(4)).isNull();
        assertThat(rows.get(3).get(3)).isEqualTo(new BigDecimal("0.500"));
    }
}
