package io.rivulet.bench;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.xxhash64;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.RDDInfo;

/**
 * The DataFrame workloads on Apache Spark's DataFrames in local mode, with the RDD suite's settings
 * ({@code local[2]}, no web UI, Kryo, the driver on 127.0.0.1) and Spark's defaults for the rest: in
 * particular {@code spark.sql.shuffle.partitions} stays at Spark's 200, with adaptive query execution (on
 * by default) coalescing small shuffle partitions; {@link #info} reports both for the results.
 *
 * <p>The inputs are generated inside the job from {@code spark.range} with the expressions of {@link
 * DfData}, except where the workload starts from data built beforehand: the cached DataFrame (cached and
 * counted in {@link #prepare}) and the list of records. Results are read by a task per partition of the
 * result ({@code javaRDD().mapPartitions}), as the RDD suite's engines read theirs.
 */
public final class SparkDataFrameEngine implements Engine {
    private final Sizes sizes;
    private final SparkSession spark;
    private Dataset<Row> cached;
    private List<AggBean> beans;

    public SparkDataFrameEngine(Sizes sizes) {
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
    public void prepare(Workload workload) {
        switch (workload) {
            case DF_CACHED_AGG -> {
                cached = aggInput().cache();
                cached.count();
            }
            case DF_RECORDS_AGG -> {
                long n = sizes.dfAggRows();
                beans = new ArrayList<>(Math.toIntExact(n));
                for (long id = 0; id < n; id++) {
                    beans.add(new AggBean(DfData.record(id)));
                }
            }
            default -> {}
        }
    }

    @Override
    public Map<String, String> info(Workload workload) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("spark.sql.shuffle.partitions", spark.conf().get("spark.sql.shuffle.partitions"));
        info.put("spark.sql.adaptive.enabled", spark.conf().get("spark.sql.adaptive.enabled"));
        if (workload == Workload.DF_CACHED_AGG) {
            long bytes = 0;
            for (RDDInfo rdd : spark.sparkContext().getRDDStorageInfo()) {
                bytes += rdd.memSize() + rdd.diskSize();
            }
            info.put("cachedBytes", Long.toString(bytes));
        }
        return info;
    }

    @Override
    public Checksum run(Workload workload) {
        return switch (workload) {
            case DF_SORT -> sort();
            case DF_JOIN -> join();
            case DF_GROUP_BY -> groupBy();
            case DF_CACHED_AGG -> summarizeAgg(aggQuery(cached));
            case DF_RECORDS_AGG -> summarizeAgg(aggQuery(spark.createDataFrame(beans, AggBean.class)));
            case DF_WORDCOUNT -> wordCount();
            default -> throw new IllegalArgumentException(workload.id() + " is not a workload of the DataFrame suite");
        };
    }

    private Checksum sort() {
        Dataset<Row> sorted = spark.range(0, sizes.dfSortRows())
                .select(xxhash64(col("id")).as("h"))
                .orderBy("h");
        // A sorted Dataset's partitions are consecutive ranges: their summaries combine in partition order.
        return Checksum.combineOrdered(sorted.javaRDD()
                .mapPartitions(rows -> {
                    Checksum.OrderedSummary summary = new Checksum.OrderedSummary();
                    rows.forEachRemaining(row -> summary.add(row.getLong(0)));
                    return List.of(summary.toArray()).iterator();
                })
                .collect());
    }

    private Checksum join() {
        long rightRows = sizes.dfJoinRight();
        Dataset<Row> left = spark.range(0, sizes.dfJoinLeft())
                .select(hashed(DfData.JOIN_KEY, rightRows).as("k"), col("id").as("v"));
        Dataset<Row> right = spark.range(0, rightRows)
                .select(
                        col("id").as("k"),
                        hashed(DfData.JOIN_PAYLOAD, DfData.SMALL).as("p"));
        Row sums = left.join(right, "k")
                .agg(count(lit(1)), sum("k"), sum("v"), sum("p"), sum(col("v").multiply(col("p"))))
                .first();
        return DfChecksums.join(sums.getLong(0), sums.getLong(1), sums.getLong(2), sums.getLong(3), sums.getLong(4));
    }

    private Checksum groupBy() {
        Dataset<Row> groups = spark.range(0, sizes.dfGroupRows())
                .select(
                        hashed(DfData.GROUP_KEY, sizes.dfGroupKeys()).as("k"),
                        hashed(DfData.GROUP_VALUE, DfData.SMALL).as("v"))
                .groupBy("k")
                .agg(count(lit(1)), sum("v"));
        return summarize(groups, (row, s) -> DfChecksums.groupRow(s, row.getLong(0), row.getLong(1), row.getLong(2)));
    }

    /** {@code pmod(xxhash64(col("id"), lit(salt)), lit(modulus))}: a value of {@link DfData}. */
    private static Column hashed(long salt, long modulus) {
        return pmod(xxhash64(col("id"), lit(salt)), lit(modulus));
    }

    /** The (long, int, double, string) rows of {@link DfData#record}. */
    private Dataset<Row> aggInput() {
        return spark.range(0, sizes.dfAggRows())
                .select(
                        hashed(DfData.AGG_L, DfData.AGG_RANGE).as("l"),
                        hashed(DfData.AGG_I, DfData.AGG_RANGE).cast("int").as("i"),
                        hashed(DfData.AGG_D, DfData.AGG_RANGE)
                                .divide(lit(1000.0))
                                .as("d"),
                        concat(lit("s"), hashed(DfData.AGG_S, DfData.STRINGS).cast("string"))
                                .as("s"));
    }

    private static Dataset<Row> aggQuery(Dataset<Row> input) {
        return input.where(col("i").mod(lit(10)).notEqual(lit(0))).groupBy("s").agg(sum("l"), avg("d"), max("i"));
    }

    private static Checksum summarizeAgg(Dataset<Row> groups) {
        return summarize(
                groups,
                (row, s) -> DfChecksums.aggRow(s, row.getString(0), row.getLong(1), row.getDouble(2), row.getInt(3)));
    }

    private Checksum wordCount() {
        Dataset<Row> counts = spark.read()
                .text(sizes.wordsFile().toString())
                .select(explode(split(col("value"), " ")).as("word"))
                .groupBy("word")
                .count();
        return summarize(counts, (row, s) -> DfChecksums.wordRow(s, row.getString(0), row.getLong(1)));
    }

    /** What a task adds to its summary for one row. */
    @FunctionalInterface
    private interface RowSummarizer extends Serializable {
        void add(Row row, Checksum.Summary summary);
    }

    private static Checksum summarize(Dataset<Row> rows, RowSummarizer summarizer) {
        return Checksum.combine(rows.javaRDD()
                .mapPartitions(it -> {
                    Checksum.Summary summary = new Checksum.Summary();
                    it.forEachRemaining(row -> summarizer.add(row, summary));
                    return List.of(summary.toArray()).iterator();
                })
                .collect());
    }

    @Override
    public void close() {
        spark.stop();
    }
}
