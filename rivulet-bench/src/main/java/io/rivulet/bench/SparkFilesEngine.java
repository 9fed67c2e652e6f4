package io.rivulet.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The files suite on Apache Spark's DataFrames, with the DataFrame suite's settings ({@link
 * SparkDataFrameEngine}: {@code local[2]}, no web UI, Kryo, the driver on 127.0.0.1, Spark's defaults
 * otherwise, so {@code spark.sql.files.maxPartitionBytes} splits a file into 128 MB partitions): Rivulet's
 * code ({@link RivuletFilesEngine}) on {@code org.apache.spark.sql}.
 */
public final class SparkFilesEngine implements Engine {
    private final Sizes sizes;
    private final SparkSession spark;

    public SparkFilesEngine(Sizes sizes) {
        this.sizes = sizes;
        this.spark = SparkSession.builder()
                .master("local[" + Sizes.SLOTS + "]")
                .appName("rivulet-bench")
                .config("spark.ui.enabled", "false")
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @Override
    public Map<String, String> info(Workload workload) {
        return Map.of("spark.sql.files.maxPartitionBytes", spark.conf().get("spark.sql.files.maxPartitionBytes"));
    }

    @Override
    public Checksum run(Workload workload) {
        Dataset<Row> input = workload.readsJson()
                ? spark.read().schema(FilesData.SCHEMA).json(sizes.jsonFile().toString())
                : spark.read()
                        .schema(FilesData.SCHEMA)
                        .option("header", "true")
                        .csv(sizes.csvFile().toString());
        return switch (workload) {
            case CSV_COUNT, JSON_COUNT -> FilesData.count(input.count());
            case CSV_FILTER_SUM, JSON_FILTER_SUM -> {
                Row row = input.where(col("b").lt(lit(FilesData.B_THRESHOLD)))
                        .agg(sum(col("x")), sum(col("a")))
                        .first();
                yield FilesData.filterSum(row.getDouble(0), row.getLong(1));
            }
            case CSV_PROJECT, JSON_PROJECT -> {
                Row r = input.agg(
                                count(lit(1)),
                                sum(col("id")),
                                sum(col("a")),
                                sum(col("b")),
                                sum(col("x")),
                                sum(col("y")),
                                sum(col("z")),
                                sum(length(col("s1"))),
                                sum(length(col("s2"))),
                                sum(days(col("d1"))),
                                sum(days(col("d2"))))
                        .first();
                yield FilesData.project(
                        r.getLong(0),
                        r.getLong(1),
                        r.getLong(2),
                        r.getLong(3),
                        r.getDouble(4),
                        r.getDouble(5),
                        r.getDouble(6),
                        r.getLong(7),
                        r.getLong(8),
                        r.getLong(9),
                        r.getLong(10));
            }
            default -> throw new IllegalArgumentException(workload.id() + " is not a workload of the files suite");
        };
    }

    /** A date's days since 1970-01-01: {@code datediff(date, date_from_unix_date(0))}. */
    private static Column days(Column date) {
        return datediff(date, date_from_unix_date(lit(0)));
    }

    @Override
    public void close() {
        spark.stop();
    }
}
