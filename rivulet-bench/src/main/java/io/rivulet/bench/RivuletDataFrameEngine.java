package io.rivulet.bench;

import static io.rivulet.sql.functions.avg;
import static io.rivulet.sql.functions.col;
import static io.rivulet.sql.functions.concat;
import static io.rivulet.sql.functions.count;
import static io.rivulet.sql.functions.explode;
import static io.rivulet.sql.functions.lit;
import static io.rivulet.sql.functions.max;
import static io.rivulet.sql.functions.pmod;
import static io.rivulet.sql.functions.split;
import static io.rivulet.sql.functions.sum;
import static io.rivulet.sql.functions.xxhash64;

import io.rivulet.RDD;
import io.rivulet.RDDStorageInfo;
import io.rivulet.Rivulet;
import io.rivulet.sql.Column;
import io.rivulet.sql.DataFrame;
import io.rivulet.sql.Row;
import io.rivulet.sql.types.DataTypes;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DataFrame workloads on Rivulet's DataFrame layer ({@code io.rivulet.sql}): the Spark peer's code
 * ({@link SparkDataFrameEngine}) with {@code rv.rangeDF} for {@code spark.range} and {@code df.rdd()} for
 * {@code df.javaRDD()}. For the cached-size target, {@link #prepare} of {@link Workload#DF_CACHED_AGG} first
 * caches the same rows as an RDD of Java records ({@link AggRecord}) and measures it, then caches the
 * DataFrame and measures that, both from Rivulet's storage status.
 */
public final class RivuletDataFrameEngine implements Engine {
    private final Sizes sizes;
    private final Rivulet rv;
    private long rddCachedBytes = -1;
    private long cachedBytes = -1;
    private String rddCachedPartitions = "";

    private DataFrame cached; // DF_CACHED_AGG
    private List<AggRecord> records; // DF_RECORDS_AGG

    public RivuletDataFrameEngine(Sizes sizes) {
        this.sizes = sizes;
        this.rv = Rivulet.builder()
                .master("local[" + Sizes.SLOTS + "]")
                .appName("rivulet-bench")
                .build();
    }

    @Override
    public void prepare(Workload workload) {
        switch (workload) {
            case DF_CACHED_AGG -> {
                cacheRecordsRdd();
                cached = aggInput().cache();
                cached.count();
                cachedBytes = storedBytes();
            }
            case DF_RECORDS_AGG -> {
                long n = sizes.dfAggRows();
                records = new ArrayList<>(Math.toIntExact(n));
                for (long id = 0; id < n; id++) {
                    records.add(DfData.record(id));
                }
            }
            default -> {}
        }
    }

    /**
     * The reference of the cached-size target: the aggregation input as an RDD of records, cached
     * ({@code MEMORY_ONLY}, deserialized, as Spark's {@code cache()} of an RDD) and counted; its size as
     * Rivulet's storage status reports it (estimated for deserialized blocks). The records share their
     * 1,000 strings, as those of {@link Workload#DF_RECORDS_AGG} do. Unpersisted after, so that it does not
     * crowd the DataFrame's cache.
     */
    private void cacheRecordsRdd() {
        long n = sizes.dfAggRows();
        RDD<AggRecord> rdd =
                rv.range(0, n, 1, Sizes.PARTITIONS).map(id -> DfData.record(id)).cache();
        rdd.count();
        rddCachedBytes = storedBytes();
        int partitions = 0;
        int cachedPartitions = 0;
        for (RDDStorageInfo info : rv.getRDDStorageInfo()) {
            partitions += info.numPartitions();
            cachedPartitions += info.numCachedPartitions();
        }
        rddCachedPartitions = cachedPartitions + "/" + partitions;
        rdd.unpersist();
    }

    /** The bytes of every cached block, in memory or on disk. */
    private long storedBytes() {
        long bytes = 0;
        for (RDDStorageInfo info : rv.getRDDStorageInfo()) {
            bytes += info.memoryBytes() + info.diskBytes();
        }
        return bytes;
    }

    @Override
    public Map<String, String> info(Workload workload) {
        Map<String, String> info = new LinkedHashMap<>();
        if (workload == Workload.DF_CACHED_AGG && rddCachedBytes >= 0) {
            info.put("rddCachedBytes", Long.toString(rddCachedBytes));
            info.put("rddCachedPartitions", rddCachedPartitions);
            // The cached DataFrame's bytes, as Rivulet's storage status reports them:
            info.put("cachedBytes", Long.toString(cachedBytes));
        }
        return info;
    }

    @Override
    public Checksum run(Workload workload) {
        return switch (workload) {
            case DF_SORT -> sort();
            case DF_JOIN -> join();
            case DF_GROUP_BY -> groupBy();
            case DF_CACHED_AGG -> cachedAgg();
            case DF_RECORDS_AGG -> recordsAgg();
            case DF_WORDCOUNT -> wordCount();
            default -> throw new IllegalArgumentException(workload.id() + " is not a workload of the DataFrame suite");
        };
    }

    private Checksum sort() {
        DataFrame sorted = rv.rangeDF(0, sizes.dfSortRows())
                .select(xxhash64(col("id")).as("h"))
                .orderBy("h");
        // A sorted DataFrame's partitions are consecutive ranges: their summaries combine in partition order.
        return Checksum.combineOrdered(sorted.rdd()
                .mapPartitions(rows -> {
                    Checksum.OrderedSummary summary = new Checksum.OrderedSummary();
                    rows.forEachRemaining(row -> summary.add(row.getLong(0)));
                    return List.of(summary.toArray()).iterator();
                })
                .collect());
    }

    private Checksum join() {
        long rightRows = sizes.dfJoinRight();
        DataFrame left = rv.rangeDF(0, sizes.dfJoinLeft())
                .select(hashed(DfData.JOIN_KEY, rightRows).as("k"), col("id").as("v"));
        DataFrame right = rv.rangeDF(0, rightRows)
                .select(
                        col("id").as("k"),
                        hashed(DfData.JOIN_PAYLOAD, DfData.SMALL).as("p"));
        Row sums = left.join(right, "k")
                .agg(count(lit(1)), sum(col("k")), sum(col("v")), sum(col("p")), sum(col("v").multiply(col("p"))))
                .first();
        return DfChecksums.join(sums.getLong(0), sums.getLong(1), sums.getLong(2), sums.getLong(3), sums.getLong(4));
    }

    private Checksum groupBy() {
        DataFrame groups = rv.rangeDF(0, sizes.dfGroupRows())
                .select(
                        hashed(DfData.GROUP_KEY, sizes.dfGroupKeys()).as("k"),
                        hashed(DfData.GROUP_VALUE, DfData.SMALL).as("v"))
                .groupBy("k")
                .agg(count(lit(1)), sum(col("v")));
        return summarize(groups, (row, s) -> DfChecksums.groupRow(s, row.getLong(0), row.getLong(1), row.getLong(2)));
    }

    /** {@code pmod(xxhash64(col("id"), lit(salt)), lit(modulus))}: a value of {@link DfData}. */
    private static Column hashed(long salt, long modulus) {
        return pmod(xxhash64(col("id"), lit(salt)), lit(modulus));
    }

    /** The (long, int, double, string) rows of {@link DfData#record}. */
    private DataFrame aggInput() {
        return rv.rangeDF(0, sizes.dfAggRows())
                .select(
                        hashed(DfData.AGG_L, DfData.AGG_RANGE).as("l"),
                        hashed(DfData.AGG_I, DfData.AGG_RANGE)
                                .cast(DataTypes.IntegerType)
                                .as("i"),
                        hashed(DfData.AGG_D, DfData.AGG_RANGE)
                                .divide(lit(1000.0))
                                .as("d"),
                        concat(lit("s"), hashed(DfData.AGG_S, DfData.STRINGS).cast(DataTypes.StringType))
                                .as("s"));
    }

    private static DataFrame aggQuery(DataFrame input) {
        return input.where(col("i").mod(lit(10)).notEqual(lit(0)))
                .groupBy("s")
                .agg(sum(col("l")), avg(col("d")), max(col("i")));
    }

    private static Checksum summarizeAgg(DataFrame groups) {
        return summarize(
                groups,
                (row, s) -> DfChecksums.aggRow(s, row.getString(0), row.getLong(1), row.getDouble(2), row.getInt(3)));
    }

    private Checksum cachedAgg() {
        return summarizeAgg(aggQuery(cached));
    }

    private Checksum recordsAgg() {
        return summarizeAgg(aggQuery(rv.createDataFrame(records, AggRecord.class)));
    }

    private Checksum wordCount() {
        DataFrame counts = rv.read()
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

    private static Checksum summarize(DataFrame rows, RowSummarizer summarizer) {
        return Checksum.combine(rows.rdd()
                .mapPartitions(it -> {
                    Checksum.Summary summary = new Checksum.Summary();
                    it.forEachRemaining(row -> summarizer.add(row, summary));
                    return List.of(summary.toArray()).iterator();
                })
                .collect());
    }

    @Override
    public void close() {
        rv.close();
    }
}
