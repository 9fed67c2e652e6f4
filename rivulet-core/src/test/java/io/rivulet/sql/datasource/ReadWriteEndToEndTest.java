package io.rivulet.sql.datasource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.Rivulet;
import io.rivulet.sql.DataFrame;
import io.rivulet.sql.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rv.read()} and {@code df.write()} through the analyzer, optimizer and planner. */
class ReadWriteEndToEndTest {
    private static Rivulet rv;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        rv = Rivulet.builder()
                .master("local[2]")
                .config("rivulet.sql.session.timeZone", "UTC")
                .build();
    }

    @AfterAll
    static void stop() {
        rv.close();
    }

    @Test
    void readsJsonFiltersAndWritesCsvBack() throws IOException {
        Path json = dir.resolve("people.jsonl");
        Files.writeString(json, """
                {"name":"Ada","age":36,"country":"UK"}
                {"name":"Alan","age":41,"country":"UK"}
                {"name":"Grace","age":85,"country":"US"}
                """);
        DataFrame people = rv.read().json(json.toString());
        assertThat(people.columns()).containsExactly("age", "country", "name");
        List<Row> names = people.select("name").collectAsList();
        assertThat(names.toString()).isEqualTo("[[Ada], [Alan], [Grace]]");
        Path out = dir.resolve("out");
        people.write().option("header", true).partitionBy("country").csv(out.toString());
        DataFrame back =
                rv.read().option("header", true).option("inferSchema", true).csv(out.toString());
        assertThat(back.schema().simpleString()).isEqualTo("struct<age:int,name:string,country:string>");
        assertThat(back.collectAsList().toString()).contains("[85,Grace,US]");
        assertThat(back.count()).isEqualTo(3);
        assertThatThrownBy(() -> people.write().csv(out.toString()))
                .hasMessage("[PATH_ALREADY_EXISTS] Path file:" + out
                        + " already exists. Set mode as \"overwrite\" to overwrite the existing path.");
        people.write().mode("ignore").csv(out.toString());
        people.write().mode("overwrite").json(out.toString());
        assertThat(rv.read().json(out.toString()).count()).isEqualTo(3);
    }

    @Test
    void schemaAsDdlTextAndExplainShowsTheScan() throws IOException {
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "1,x\n2,y\n3,z\n");
        DataFrame frame = rv.read().schema("n INT, s STRING").csv(csv.toString());
        assertThat(frame.select("s").collectAsList().toString()).isEqualTo("[[x], [y], [z]]");
        DataFrame query = frame.select("s");
        String plan = io.rivulet.sql.session.Frames.session(query)
                .execute(io.rivulet.sql.session.Frames.plan(query))
                .explainString(true);
        assertThat(plan).contains("csv [" + csv + "]");
    }
}
