package io.rivulet.sql.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.Rivulet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code count()} of JSON Lines reads no column: in PERMISSIVE mode every non-blank line is a row, malformed or not
 * (as Spark's since 2.4, which does not parse them either); the other modes still parse to drop or fail.
 */
class JsonCountTest {
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
}
