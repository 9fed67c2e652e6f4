package io.rivulet.sql.datasource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.DataFrame;
import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.SaveMode;
import io.rivulet.sql.sources.Filter;
import io.rivulet.sql.sources.Scan;
import io.rivulet.sql.sources.ScanRequest;
import io.rivulet.sql.sources.Table;
import io.rivulet.sql.sources.WriteJob;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.RowBatches;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWriteTest {
    @TempDir
    Path dir;

    private static final StructType PEOPLE = new StructType()
            .add("name", DataTypes.StringType)
            .add("year", DataTypes.IntegerType)
            .add("month", DataTypes.StringType);

    private static List<Row> people() {
        return List.of(
                RowFactory.create("Ada", 2024, "01"),
                RowFactory.create("Alan", 2024, "02"),
                RowFactory.create("Grace", 2023, "01"),
                RowFactory.create("Nil", null, "a/b"));
    }

    private List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }

    @Test
    void writesPartFilesNamedAsSparkAndASuccessMarker() throws IOException {
        Path out = dir.resolve("out");
        Sources.of("json").write(out, PEOPLE, people(), 2);
        List<String> names = files(out);
        assertThat(names).hasSize(3).contains("_SUCCESS");
        names = names.stream().filter(n -> !n.equals("_SUCCESS")).toList();
        assertThat(names.get(0)).matches("part-00000-[0-9a-f-]{36}-c000\\.json");
        assertThat(names.get(1)).matches("part-00001-[0-9a-f-]{36}-c000\\.json");
        assertThat(Files.readString(out.resolve(names.get(0))))
                .isEqualTo(
                        "{\"name\":\"Ada\",\"year\":2024,\"month\":\"01\"}\n{\"name\":\"Alan\",\"year\":2024,\"month\":\"02\"}\n");
        assertThat(Files.readString(out.resolve(names.get(1)))).endsWith("{\"name\":\"Nil\",\"month\":\"a/b\"}\n");
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("out"); // no staging left
        }
    }

    @Test
    void partitionByWritesEscapedDirectoriesThatReadBackAsColumnsAndPrune() throws IOException {
        Path out = dir.resolve("t");
        Sources.of("csv").partitionBy("year", "month").write(out, PEOPLE, people(), 1);
        assertThat(files(out).stream().map(f -> f.replaceAll("part-.*", "part")))
                .containsExactly(
                        "_SUCCESS",
                        "year=2023/month=01/part",
                        "year=2024/month=01/part",
                        "year=2024/month=02/part",
                        "year=__HIVE_DEFAULT_PARTITION__/month=a%2Fb/part");
        Table table = Sources.of("csv").table(out);
        assertThat(table.schema().simpleString()).isEqualTo("struct<_c0:string,year:int,month:string>");
        Filter year = new Filter.EqualTo("year", 2024);
        Filter name = new Filter.EqualTo("_c0", "Ada");
        Scan scan = table.scan(new ScanRequest(table.schema(), List.of(year)));
        assertThat(scan.pushedFilters()).containsExactly(year);
        assertThat(scan.remainingFilters()).isEmpty();
        assertThat(Sources.rows(scan).toString()).isEqualTo("[[Ada,2024,01], [Alan,2024,02]]");
        Scan both = table.scan(new ScanRequest(table.schema(), List.of(year, name)));
        assertThat(Sources.rows(both).toString()).isEqualTo("[[Ada,2024,01]]");
        assertThat(Sources.rows(table.scan(new ScanRequest(table.schema(), List.of(new Filter.IsNull("year")))))
                        .toString())
                .isEqualTo("[[Nil,null,a/b]]");
    }

    @Test
    void partitionDiscoveryInfersTypesAndHonoursBasePath() throws IOException {
        for (String dirName : List.of("d=2024-01-31/n=1/x=1.5", "d=2024-02-01/n=3000000000/x=a")) {
            Path leaf = dir.resolve("t").resolve(dirName);
            Files.createDirectories(leaf);
            Files.writeString(leaf.resolve("f.json"), "{\"v\":1}\n");
        }
        Table table = Sources.of("json").table(dir.resolve("t"));
        assertThat(table.schema().simpleString()).isEqualTo("struct<v:bigint,d:date,n:bigint,x:string>");
        assertThat(Sources.rows(table.scan(new ScanRequest(table.schema(), List.of())))
                        .get(0)
                        .get(1))
                .isEqualTo(LocalDate.of(2024, 1, 31));
        Table inner = Sources.of("json")
                .option("basePath", dir.resolve("t").toString())
                .table(dir.resolve("t").resolve("d=2024-01-31"));
        assertThat(inner.schema().fieldNames()).containsExactly("v", "d", "n", "x");
        Table noDiscovery =
                Sources.of("json").option("recursiveFileLookup", "true").table(dir.resolve("t"));
        assertThat(noDiscovery.schema().fieldNames()).containsExactly("v");
    }

    @Test
    void saveModesAndTheCommitProtocol() throws IOException {
        Path out = dir.resolve("out");
        Sources.of("json").write(out, PEOPLE, people().subList(0, 1), 1);
        Sources.of("json").mode(SaveMode.APPEND).write(out, PEOPLE, people().subList(1, 2), 1);
        assertThat(Sources.of("json").read(out)).hasSize(2);
        Sources.of("json").mode(SaveMode.OVERWRITE).write(out, PEOPLE, people().subList(2, 3), 1);
        assertThat(Sources.of("json").read(out).toString()).isEqualTo("[[01,Grace,2023]]");

        // A job that fails: nothing changes.
        WriteJob job = DataSources.lookup("json")
                .writeJob(Sources.of("json").mode(SaveMode.OVERWRITE).request(out.toString()), PEOPLE)
                .orElseThrow();
        WriteJob.TaskWriter writer = job.taskWriter(0, 0, 0);
        writer.write(RowBatches.toBatch(people(), PEOPLE));
        writer.abort();
        job.abort();
        assertThat(Sources.of("json").read(out).toString()).isEqualTo("[[01,Grace,2023]]");
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("out");
        }
    }

    @Test
    void staleStagingDirectoriesOfDeadRunsAreRemovedByTheNextCommit() throws IOException {
        Path stale = dir.resolve(".out.rivulet-staging-dead");
        Files.createDirectories(stale.resolve("attempt-0-0"));
        Files.writeString(stale.resolve(".lock"), "");
        WriteJob running = DataSources.lookup("json")
                .writeJob(Sources.of("json").request(dir.resolve("out").toString()), PEOPLE)
                .orElseThrow();
        Sources.of("json").mode(SaveMode.APPEND).write(dir.resolve("out"), PEOPLE, people(), 1);
        assertThat(Files.exists(stale)).isFalse();
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.count()).isEqualTo(2); // out, and the staging directory of the job still running
        }
        running.abort();
    }

    @Test
    void anOverwriteKilledBeforeItsNewOutputWasInPlaceGivesTheOldOutputBack() throws IOException {
        Path out = dir.resolve("out");
        Sources.of("json").write(out, PEOPLE, people().subList(0, 1), 1);
        List<String> before = files(out);
        // What a SIGKILL between the two renames of an overwrite leaves: the old output inside a dead staging
        // directory.
        Path dead = dir.resolve(".out.rivulet-staging-dead");
        Files.createDirectories(dead);
        Files.writeString(dead.resolve(".lock"), "");
        Files.move(out, dead.resolve("previous-output"));
        try (io.rivulet.Rivulet rv =
                io.rivulet.Rivulet.builder().master("local[1]").build()) {
            DataFrame more = rv.createDataFrame(people().subList(1, 2), PEOPLE);
            assertThatThrownBy(() -> more.write().json(out.toString()))
                    .as("the old output is back, so the default mode refuses")
                    .hasMessageContaining("PATH_ALREADY_EXISTS");
            assertThat(files(out)).isEqualTo(before);
            more.write().mode("append").json(out.toString());
        }
        assertThat(Sources.of("json").read(out)).hasSize(2);
        assertThat(Files.exists(dead)).as("swept by the commit").isFalse();
    }

    @Test
    void anExistingFileAtTheOutputPathIsNamed() throws IOException {
        Path file = dir.resolve("taken");
        Files.writeString(file, "x");
        assertThatThrownBy(() -> Sources.of("json").mode(SaveMode.APPEND).write(file, PEOPLE, people(), 1))
                .hasMessage("Output directory " + file + " already exists");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void compressionGzipAndLz4ReadBack() throws IOException {
        for (String codec : List.of("gzip", "lz4", "none")) {
            Path out = dir.resolve(codec);
            Sources.of("text")
                    .option("compression", codec)
                    .write(
                            out,
                            new StructType().add("value", DataTypes.StringType),
                            List.of(RowFactory.create("a"), RowFactory.create("b")),
                            1);
            String extension = switch (codec) {
                case "gzip" -> ".txt.gz";
                case "lz4" -> ".txt.lz4";
                default -> ".txt";
            };
            assertThat(files(out).get(1)).endsWith(extension);
            assertThat(Sources.of("text").read(out).toString()).isEqualTo("[[a], [b]]");
        }
        assertThatThrownBy(() -> Sources.of("text")
                        .option("compression", "zip")
                        .write(dir.resolve("x"), new StructType().add("value", DataTypes.StringType), List.of(), 1))
                .hasMessageContaining("The codec zip is not available");
    }

    @Test
    void textLinesWholeTextAndSeparators() throws IOException {
        Path path = dir.resolve("a.txt");
        Files.writeString(path, "one\r\n\ntwo ✓\nthree", StandardCharsets.UTF_8);
        assertThat(Sources.of("text").read(path).toString()).isEqualTo("[[one], [], [two ✓], [three]]");
        assertThat(Sources.of("text")
                        .option("wholetext", "true")
                        .read(path)
                        .get(0)
                        .getString(0))
                .isEqualTo("one\r\n\ntwo ✓\nthree");
        Path custom = dir.resolve("b.txt");
        Files.writeString(custom, "a|b||c|");
        assertThat(Sources.of("text").option("lineSep", "|").read(custom).toString())
                .isEqualTo("[[a], [b], [], [c]]");
    }

    @Test
    void missingPathsAndUnknownSourcesFailAsSpark() {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> Sources.of("json").read(missing))
                .hasMessage("[PATH_NOT_FOUND] Path does not exist: file:" + missing + ".");
        assertThatThrownBy(() -> DataSources.lookup("foo"))
                .hasMessageStartingWith("[DATA_SOURCE_NOT_FOUND] Failed to find the data source: foo.");
        assertThat(DataSources.lookup("JSON").shortName()).isEqualTo("json");
        assertThat(DataSources.lookup("io.rivulet.sql.datasource.csv.CsvProvider")
                        .shortName())
                .isEqualTo("csv");
    }

    @Test
    void directoriesSkipHiddenFilesAndGlobsAndPathGlobFilterSelect() throws IOException {
        Files.createDirectories(dir.resolve("d/sub"));
        Files.writeString(dir.resolve("d/a.json"), "{\"v\":1}\n");
        Files.writeString(dir.resolve("d/sub/b.json"), "{\"v\":2}\n");
        Files.writeString(dir.resolve("d/_SUCCESS"), "");
        Files.writeString(dir.resolve("d/.hidden.json"), "{\"v\":9}\n");
        Files.writeString(dir.resolve("d/c.txt"), "{\"v\":3}\n");
        assertThat(Sources.of("json").read(dir.resolve("d")).toString()).isEqualTo("[[1], [3], [2]]");
        assertThat(Sources.of("json")
                        .option("pathGlobFilter", "*.json")
                        .read(dir.resolve("d"))
                        .toString())
                .isEqualTo("[[1], [2]]");
        assertThat(Sources.of("json").read(dir.resolve("d/*.json")).toString()).isEqualTo("[[1]]");
        List<Row> two = new ArrayList<>(Sources.of("json").read(dir.resolve("d/a.json"), dir.resolve("d/c.txt")));
        assertThat(two.toString()).isEqualTo("[[1], [3]]");
    }
}
