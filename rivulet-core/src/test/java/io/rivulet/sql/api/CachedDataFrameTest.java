package io.rivulet.sql.api;

import static io.rivulet.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.Rivulet;
import io.rivulet.sql.DataFrame;
import io.rivulet.sql.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries over a cached DataFrame read the cache, as in Spark, not the source again. */
class CachedDataFrameTest {
    @TempDir
    Path dir;

    @Test
    void aQueryOnACachedDataFrameReadsTheCacheEvenWhenTheSourceIsGone() throws IOException {
        Path file = dir.resolve("people.json");
        Files.writeString(file, "{\"name\": \"Ada\", \"age\": 36}\n{\"name\": \"Klara\", \"age\": 80}\n");
        try (Rivulet rv = Rivulet.builder().master("local[2]").build()) {
            DataFrame people = rv.read().json(file.toString()).cache();
            assertThat(people.count()).isEqualTo(2);
            DataFrame old = people.filter(col("age").gt(60)).select("name");
            assertThat(explain(old)).contains("InMemoryTableScan").doesNotContain("Scan json");

            Files.delete(file);
            List<Row> rows = old.collectAsList();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).getString(0)).isEqualTo("Klara");

            people.unpersist();
            assertThat(explain(people.filter(col("age").gt(60)))).contains("Scan json");
        }
    }

    private static String explain(DataFrame frame) {
        return ExplainOutput.of(frame);
    }
}
