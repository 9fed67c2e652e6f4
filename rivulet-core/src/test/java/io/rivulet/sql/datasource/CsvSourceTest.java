package io.rivulet.sql.datasource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.Row;
import io.rivulet.sql.sources.Filter;
import io.rivulet.sql.sources.Scan;
import io.rivulet.sql.sources.ScanRequest;
import io.rivulet.sql.sources.Table;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }

    private static List<Row> all(Table table) {
        return Sources.rows(table.scan(new ScanRequest(table.schema(), List.of())));
    }

    @Test
    void withoutOptionsEveryColumnIsAStringNamedByPosition() throws IOException {
        Path path = file("a.csv", "1,x\n2,y");
        Table table = Sources.of("csv").table(path);
        assertThat(table.schema().simpleString()).isEqualTo("struct<_c0:string,_c1:string>");
        assertThat(all(table).toString()).isEqualTo("[[1,x], [2,y]]");
    }

    @Test
    void infersTypesAsSpark() throws IOException {
        Path path = file("a.csv", """
                i,l,dec,d,b,day,ts,s,mixed,n
                1,3000000000,12345678901234567890,1.5,true,2024-01-31,2024-01-31 10:00:00,x,1,
                2,4,1,2,false,2024-02-01,2024-01-31T10:00:00Z,y,2.5,
                """);
        Table table = Sources.of("csv")
                .option("header", "true")
                .option("inferSchema", "true")
                .table(path);
        assertThat(table.schema().simpleString())
                .isEqualTo("struct<i:int,l:bigint,dec:decimal(20,0),d:double,"
                        + "b:boolean,day:date,ts:timestamp,s:string,mixed:double,n:string>");
        assertThat(all(table).get(0).toString())
                .isEqualTo("[1,3000000000,12345678901234567890,1.5,true,2024-01-31,2024-01-31T10:00:00Z,x,1.0,null]");
    }

    @Test
    void quotedFieldsHoldDelimitersQuotesAndNewlines() throws IOException {
        Path path = file("a.csv", "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n\"multi\nline\",\"back\\\"slash\"\n");
        List<Row> rows = Sources.of("csv")
                .option("header", "true")
                .option("multiLine", "true")
                .read(path);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getString(0)).isEqualTo("x,y");
        assertThat(rows.get(0).getString(1)).isEqualTo("say \"hi\"");
        assertThat(rows.get(1).getString(0)).isEqualTo("multi\nline");
        assertThat(rows.get(1).getString(1)).isEqualTo("back\"slash");
    }

    @Test
    void optionsOfSeparatorsNullsCommentsAndWhitespace() throws IOException {
        Path path = file("a.csv", "# a comment\n a ;NA; \"\" \n");
        List<Row> rows = Sources.of("csv")
                .option("sep", ";")
                .option("comment", "#")
                .option("nullValue", "NA")
                .option("ignoreLeadingWhiteSpace", "true")
                .option("ignoreTrailingWhiteSpace", "true")
                .read(path);
        assertThat(rows.toString()).isEqualTo("[[a,null,]]");
    }

    @Test
    void malformedRowsPerMode() throws IOException {
        Path path = file("a.csv", "1,a\n2\nx,b\n3,c,extra\n");
        StructType schema = new StructType().add("n", DataTypes.IntegerType).add("s", DataTypes.StringType);
        StructType withCorrupt = schema.add("_corrupt_record", DataTypes.StringType);
        assertThat(Sources.of("csv").schema(withCorrupt).read(path).toString())
                .isEqualTo("[[1,a,null], [2,null,2], [null,b,x,b], [3,c,3,c,extra]]");
        assertThat(Sources.of("csv")
                        .schema(schema)
                        .option("mode", "DROPMALFORMED")
                        .read(path)
                        .toString())
                .isEqualTo("[[1,a]]");
        assertThatThrownBy(() -> Sources.of("csv")
                        .schema(schema)
                        .option("mode", "FAILFAST")
                        .read(path))
                .hasMessageContaining("file:" + path + ", line 2")
                .hasMessageContaining("expected 2 fields but found 1");
    }

    @Test
    void filtersAreAppliedWhileParsingAndReportedPushed() throws IOException {
        Path path = file("a.csv", "n,s\n1,a\n2,b\n3,c\n");
        Table table = Sources.of("csv")
                .option("header", "true")
                .option("inferSchema", "true")
                .table(path);
        Filter gt = new Filter.GreaterThan("n", 1L);
        Filter unknown = new Filter.EqualTo("missing", 1L);
        Scan scan = table.scan(new ScanRequest(Sources.select(table.schema(), "s"), List.of(gt, unknown)));
        assertThat(scan.pushedFilters()).containsExactly(gt);
        assertThat(scan.remainingFilters()).containsExactly(unknown);
        assertThat(Sources.rows(scan).toString()).isEqualTo("[[b], [c]]");
        assertThat(scan.toString())
                .contains("CsvScan")
                .contains("ReadSchema: struct<s:string>")
                .contains("PushedFilters: [GreaterThan(n,1)]");
    }

    @Test
    void unicodeEncodingsEmptyFilesAndNoTrailingNewline() throws IOException {
        Path utf8 = file("u.csv", "név,✓\nÅsa,日本\n");
        assertThat(Sources.of("csv").option("header", "true").read(utf8).toString())
                .isEqualTo("[[Åsa,日本]]");
        Path latin = dir.resolve("l.csv");
        Files.writeString(latin, "café,naïve", Charset.forName("ISO-8859-1"));
        assertThat(Sources.of("csv")
                        .option("encoding", "ISO-8859-1")
                        .read(latin)
                        .toString())
                .isEqualTo("[[café,naïve]]");
        Path empty = file("e.csv", "");
        assertThat(Sources.of("csv").read(empty)).isEmpty();
        assertThat(Sources.of("csv").table(empty).schema().length()).isZero();
    }

    @Test
    void splitsLargeFilesAndDropsTheHeaderOnce() throws IOException {
        StringBuilder text = new StringBuilder("i,s\n");
        for (int i = 0; i < 2000; i++) {
            text.append(i).append(",v").append(i).append('\n');
        }
        Path path = file("big.csv", text.toString());
        Table table = Sources.of("csv")
                .option("header", "true")
                .option("inferSchema", "true")
                .maxPartitionBytes(500)
                .table(path);
        Scan scan = table.scan(new ScanRequest(table.schema(), List.of()));
        assertThat(scan.partitions().size()).isGreaterThan(20);
        List<Row> rows = Sources.rows(scan);
        assertThat(rows).hasSize(2000);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).getInt(0)).isEqualTo(i);
        }
        assertThat(Sources.count(table.scan(new ScanRequest(new StructType(), List.of()))))
                .isEqualTo(2000);
    }

    @Test
    void refusesNestedColumnsNamingThem() {
        StructType schema = new StructType().add("a", DataTypes.createArrayType(DataTypes.IntegerType));
        assertThatThrownBy(() -> Sources.of("csv").write(dir.resolve("out"), schema, List.of(), 1))
                .hasMessage("[UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE] The CSV datasource doesn't support the column `a`"
                        + " of the data type \"ARRAY<INT>\".");
    }

    @Test
    void enforceSchemaFalseChecksTheHeader() throws IOException {
        Path path = file("a.csv", "x,y\n1,2\n");
        StructType schema = new StructType().add("a", DataTypes.IntegerType).add("b", DataTypes.IntegerType);
        assertThatThrownBy(() -> Sources.of("csv")
                        .option("header", "true")
                        .option("enforceSchema", "false")
                        .schema(schema)
                        .read(path))
                .hasMessageContaining("CSV header does not conform to the schema");
        assertThat(Sources.of("csv")
                        .option("header", "true")
                        .schema(schema)
                        .read(path)
                        .toString())
                .isEqualTo("[[1,2]]");
    }
}
