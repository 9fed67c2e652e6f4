package io.rivulet.bench;

import static io.rivulet.sql.functions.col;
import static io.rivulet.sql.functions.count;
import static io.rivulet.sql.functions.date_from_unix_date;
import static io.rivulet.sql.functions.datediff;
import static io.rivulet.sql.functions.length;
import static io.rivulet.sql.functions.lit;
import static io.rivulet.sql.functions.sum;

import io.rivulet.Rivulet;
import io.rivulet.sql.Column;
import io.rivulet.sql.DataFrame;
import io.rivulet.sql.Row;

/**
 * The files suite on Rivulet's DataFrame layer: {@code rv.read().schema(FilesData.SCHEMA)} of the CSV file
 * (with {@code header}) or the JSON Lines file, then the query, its one row read with {@code first()}. The
 * Spark peer ({@link SparkFilesEngine}) is the same code on {@code org.apache.spark.sql}.
 */
public final class RivuletFilesEngine implements Engine {
    private final Sizes sizes;
    private final Rivulet rv;

    public RivuletFilesEngine(Sizes sizes) {
        this.sizes = sizes;
        this.rv = Rivulet.builder()
                .master("local[" + Sizes.SLOTS + "]")
                .appName("rivulet-bench")
                .build();
    }

    @Override
    public Checksum run(Workload workload) {
        DataFrame input = workload.readsJson()
                ? rv.read().schema(FilesData.SCHEMA).json(sizes.jsonFile().toString())
                : rv.read()
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
        rv.close();
    }
}
