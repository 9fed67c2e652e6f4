package io.rivulet.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.xxhash64;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** {@link XxHash64} and Spark's {@code xxhash64} agree, for one column and for two (in the Spark test JVM). */
class SparkXxHash64Test {
    @Test
    void agreesWithSparksFunction() {
        SparkSession spark = SparkSession.builder()
                .master("local[1]")
                .appName("xxhash64-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        try {
            // Small ids, and ids spread over the whole long range (hashes of ids: negative ones included).
            List<Row> rows = spark.range(-1_000, 1_000)
                    .toDF()
                    .union(spark.range(0, 1_000).select(xxhash64(col("id")).as("id")))
                    .select(col("id"), xxhash64(col("id")), xxhash64(col("id"), lit(DfData.AGG_S)))
                    .collectAsList();
            assertThat(rows).hasSize(3_000);
            for (Row row : rows) {
                long id = row.getLong(0);
                assertThat(XxHash64.of(id)).as("xxhash64(%d)", id).isEqualTo(row.getLong(1));
                assertThat(XxHash64.of(id, DfData.AGG_S))
                        .as("xxhash64(%d, 8L)", id)
                        .isEqualTo(row.getLong(2));
            }
        } finally {
            spark.stop();
        }
    }
}
