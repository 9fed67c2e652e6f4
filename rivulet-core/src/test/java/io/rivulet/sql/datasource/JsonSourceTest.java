package io.rivulet.sql.datasource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.Row;
import io.rivulet.sql.sources.Scan;
import io.rivulet.sql.sources.ScanRequest;
import io.rivulet.sql.sources.Table;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonSourceTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }

    @Test
    void infersSortedFieldsWidensNumbersAndMakesMissingFieldsNull() throws IOException {
        Path path = file("a.json", """
                {"name":"Ada","age":36,"score":1}
                {"name":"Alan","score":2.5,"tags":["x","y"],"address":{"city":"London"}}

                {"name":"Grace","age":"old"}
                """);
        Table table = Sources.of("json").table(path);
        assertThat(table.schema().treeString()).isEqualTo("""
                root
                 |-- address: struct (nullable = true)
                 |    |-- city: string (nullable = true)
                 |-- age: string (nullable = true)
                 |-- name: string (nullable = true)
                 |-- score: double (nullable = true)
                 |-- tags: array (nullable = true)
                 |    |-- element: string (containsNull = true)
                """);
        List<Row> rows = Sources.rows(table.scan(new ScanRequest(table.schema(), List.of())));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).toString()).isEqualTo("[null,36,Ada,1.0,null]");
        assertThat(rows.get(1).toString()).isEqualTo("[[London],null,Alan,2.5,[x, y]]");
        assertThat(rows.get(2).toString()).isEqualTo("[null,old,Grace,null,null]");
    }

    @Test
    void readsOnlyTheRequiredColumns() throws IOException {
        Path path = file("a.json", "{\"a\":1,\"b\":{\"deep\":[1,2,{\"x\":3}]},\"c\":\"z\"}\n");
        Table table = Sources.of("json").table(path);
        Scan scan = table.scan(new ScanRequest(Sources.select(table.schema(), "c"), List.of()));
        assertThat(Sources.rows(scan).toString()).isEqualTo("[[z]]");
        Scan none = table.scan(new ScanRequest(new StructType(), List.of()));
        assertThat(Sources.count(none)).isEqualTo(1);
    }

    @Test
    void permissiveModeKeepsMalformedLinesInTheCorruptRecordColumn() throws IOException {
        Path path = file("a.json", "{\"a\":1}\n{\"a\":\n{\"a\":3}\n");
        Table table = Sources.of("json").table(path);
        assertThat(table.schema().fieldNames()).containsExactly("_corrupt_record", "a");
        assertThat(Sources.rows(table.scan(new ScanRequest(table.schema(), List.of())))
                        .toString())
                .isEqualTo("[[null,1], [{\"a\":,null], [null,3]]");
        List<Row> dropped = Sources.of("json").option("mode", "DROPMALFORMED").read(path);
        assertThat(dropped.toString()).isEqualTo("[[1], [3]]");
        assertThatThrownBy(() -> Sources.of("json")
                        .option("mode", "FAILFAST")
                        .schema(new StructType().add("a", DataTypes.LongType))
                        .read(path))
                .hasMessageContaining("file:" + path + ", line 2")
                .hasMessageContaining("Parse Mode: FAILFAST");
    }

    @Test
    void splitsLargeFilesAtLineBoundaries() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            text.append("{\"i\":")
                    .append(i)
                    .append(",\"s\":\"")
                    .append("x".repeat(i % 17))
                    .append("\"}\n");
        }
        Path path = file("big.json", text.toString());
        Table table = Sources.of("json").maxPartitionBytes(1000).table(path);
        Scan scan = table.scan(new ScanRequest(table.schema(), List.of()));
        assertThat(scan.partitions().size()).isGreaterThan(10);
        List<Row> rows = Sources.rows(scan);
        assertThat(rows).hasSize(1000);
        for (int i = 0; i < 1000; i++) {
            assertThat(rows.get(i).getLong(0)).isEqualTo(i);
        }
    }
}
