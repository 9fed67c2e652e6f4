package io.rivulet.sql.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.Rivulet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code count()} of JSON Lines and CSV reads no column: in PERMISSIVE mode every record is a row, malformed or not,
 * counted as lines without parsing (as Spark's since 2.4); the other modes, filters and {@code multiLine} still
 * parse.
 */
class CountWithoutParsingTest {
    @TempDir
    Path dir;

    @Test
    void aCountIsTheNumberOfRecordsWhateverTheirContent() throws IOException {
        Path file = dir.resolve("rows.json");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            text.append(i % 1000 == 7 ? "{broken\n" : "{\"a\": " + i + "}\n");
            if (i % 2500 == 0) {
                text.append("   \n");
            }
        }
        Files.writeString(file, text);
        try (Rivulet rv = Rivulet.builder()
                .master("local[2]")
                .config("rivulet.files.maxPartitionBytes", "16k")
                .build()) {
            assertThat(rv.read().json(file.toString()).count()).isEqualTo(10_000);
            assertThat(rv.read()
                            .option("mode", "DROPMALFORMED")
                            .json(file.toString())
                            .count())
                    .isEqualTo(10_000 - 10);
            assertThat(rv.read().json(file.toString()).filter("a >= 0").count()).isEqualTo(10_000 - 10);
        }
    }

    @Test
    void aCsvCountSkipsTheHeaderCommentsAndEmptyLinesOnly() throws IOException {
        Path file = dir.resolve("rows.csv");
        StringBuilder text = new StringBuilder("a,b\r\n");
        for (int i = 0; i < 10_000; i++) {
            text.append(i % 1000 == 3 ? "only-one-field" : i + ",x" + i).append(i % 2 == 0 ? "\n" : "\r\n");
            if (i % 2500 == 0) {
                text.append("\n# a comment\n\r\n");
            }
        }
        Files.writeString(file, text);
        try (Rivulet rv = Rivulet.builder()
                .master("local[2]")
                .config("rivulet.files.maxPartitionBytes", "16k")
                .build()) {
            var reader = rv.read().option("header", "true").option("comment", "#");
            assertThat(reader.csv(file.toString()).count()).isEqualTo(10_000);
            assertThat(reader.csv(file.toString()).filter("b IS NOT NULL").count())
                    .isEqualTo(10_000 - 10);
            assertThat(rv.read()
                            .option("header", "true")
                            .option("comment", "#")
                            .option("mode", "DROPMALFORMED")
                            .csv(file.toString())
                            .count())
                    .isEqualTo(10_000 - 10);
        }
    }
}
