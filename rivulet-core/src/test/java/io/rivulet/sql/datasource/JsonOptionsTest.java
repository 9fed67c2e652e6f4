package io.rivulet.sql.datasource;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.Row;
import io.rivulet.sql.sources.Table;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonOptionsTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }

    @Test
    void parserLeniencies() throws IOException {
        Path path = file("a.json", "{a: 1, 'b': 'x', /* c */ \"c\": 007, \"d\": NaN}\n");
        Sources lenient = Sources.of("json")
                .option("allowUnquotedFieldNames", "true")
                .option("allowComments", "true")
                .option("allowNumericLeadingZeros", "true");
        assertThat(lenient.read(path).toString()).isEqualTo("[[1,x,7,NaN]]");
        Table strict = Sources.of("json").table(path);
        assertThat(strict.schema().fieldNames()).containsExactly("_corrupt_record");
        assertThat(Sources.of("json")
                        .option("allowSingleQuotes", "false")
                        .option("allowUnquotedFieldNames", "true")
                        .option("allowComments", "true")
                        .option("allowNumericLeadingZeros", "true")
                        .table(path)
                        .schema()
                        .fieldNames())
                .containsExactly("_corrupt_record");
    }

    @Test
    void inferenceOptions() throws IOException {
        Path path = file("a.json", "{\"n\":1,\"f\":1.25,\"z\":null,\"e\":{}}\n{\"n\":2,\"f\":2.5,\"z\":null}\n");
        assertThat(Sources.of("json").table(path).schema().simpleString())
                .isEqualTo("struct<e:struct<>,f:double,n:bigint,z:string>");
        assertThat(Sources.of("json")
                        .option("primitivesAsString", "true")
                        .table(path)
                        .schema()
                        .simpleString())
                .isEqualTo("struct<e:struct<>,f:string,n:string,z:string>");
        assertThat(Sources.of("json")
                        .option("prefersDecimal", "true")
                        .table(path)
                        .schema()
                        .simpleString())
                .isEqualTo("struct<e:struct<>,f:decimal(3,2),n:bigint,z:string>");
        assertThat(Sources.of("json")
                        .option("dropFieldIfAllNull", "true")
                        .table(path)
                        .schema()
                        .simpleString())
                .isEqualTo("struct<f:double,n:bigint>");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            many.append("{\"v\":").append(i).append("}\n");
        }
        many.append("{\"v\":\"text\"}\n");
        Path sampled = file("s.json", many.toString());
        assertThat(Sources.of("json")
                        .option("samplingRatio", "0.01")
                        .table(sampled)
                        .schema()
                        .simpleString())
                .isIn("struct<v:bigint>", "struct<v:string>");
        assertThat(Sources.of("json").table(sampled).schema().simpleString()).isEqualTo("struct<v:string>");
    }

    @Test
    void multiLineDocumentsAndArraysOfRecords() throws IOException {
        Path doc = file("doc.json", "[\n  {\"a\": 1,\n   \"b\": [1, 2]},\n  {\"a\": 2}\n]\n");
        assertThat(Sources.of("json").option("multiLine", "true").read(doc).toString())
                .isEqualTo("[[1,[1, 2]], [2,null]]");
        Path lines = file("lines.json", "[{\"a\":1},{\"a\":2}]\n{\"a\":3}\n");
        assertThat(Sources.of("json").read(lines).toString()).isEqualTo("[[1], [2], [3]]");
    }

    @Test
    void datesTimestampsAndFormats() throws IOException {
        Path path = file("a.json", "{\"d\":\"31/01/2024\",\"t\":\"2024-01-31 10:00\",\"s\":1706695200}\n");
        StructType schema = new StructType()
                .add("d", DataTypes.DateType)
                .add("t", DataTypes.TimestampType)
                .add("s", DataTypes.TimestampType);
        Row row = Sources.of("json")
                .option("dateFormat", "dd/MM/yyyy")
                .schema(schema)
                .read(path)
                .get(0);
        assertThat(row.get(0)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(row.get(1)).isEqualTo(Instant.parse("2024-01-31T10:00:00Z"));
        assertThat(row.get(2)).isEqualTo(Instant.parse("2024-01-31T10:00:00Z"));
    }

    @Test
    void lineSeparatorsEncodingsGzipAndFilesWithoutTrailingNewline() throws IOException {
        Path sep = file("sep.json", "{\"a\":1}|{\"a\":2}");
        assertThat(Sources.of("json").option("lineSep", "|").read(sep).toString())
                .isEqualTo("[[1], [2]]");
        Path utf16 = dir.resolve("u16.json");
        Files.writeString(utf16, "{\"a\":\"é\"}\n{\"a\":\"日本\"}", StandardCharsets.UTF_16);
        assertThat(Sources.of("json").option("encoding", "UTF-16").read(utf16).toString())
                .isEqualTo("[[é], [日本]]");
        Path gz = dir.resolve("a.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("{\"a\":1}\r\n{\"a\":2}".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Sources.of("json").maxPartitionBytes(4).read(gz).toString()).isEqualTo("[[1], [2]]");
        Path empty = file("empty.json", "");
        assertThat(Sources.of("json").read(empty)).isEmpty();
        assertThat(Sources.of("json").table(empty).schema().length()).isZero();
    }

    @Test
    void theCorruptRecordColumnOfTheUserSchemaAndTypeMismatches() throws IOException {
        Path path = file("a.json", "{\"a\":1,\"b\":\"x\"}\n{\"a\":\"oops\",\"b\":\"y\"}\n");
        StructType schema = new StructType()
                .add("a", DataTypes.LongType)
                .add("b", DataTypes.StringType)
                .add("bad", DataTypes.StringType);
        List<Row> rows = Sources.of("json")
                .option("columnNameOfCorruptRecord", "bad")
                .schema(schema)
                .read(path);
        assertThat(rows.toString()).isEqualTo("[[1,x,null], [null,null,{\"a\":\"oops\",\"b\":\"y\"}]]");
    }
}
