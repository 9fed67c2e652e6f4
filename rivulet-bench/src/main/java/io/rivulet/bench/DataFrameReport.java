package io.rivulet.bench;

import java.util.List;
import java.util.Locale;

/**
 * The DataFrame suite's results as Markdown: what {@code bench/RESULTS-dataframe.md} holds. Rivulet's rows
 * say "not implemented yet" while its DataFrame engine is a stub ({@link RivuletDataFrameEngine}); the
 * targets table then shows, for each workload, the time Rivulet will have to reach.
 */
final class DataFrameReport {
    /** Issue 12's targets, as ratios of Rivulet's median to the reference's (lower is better). */
    static final double VS_SPARK = 1 / 3.0;

    static final double VS_DUCKDB = 2.0;
    static final double VS_JAVA = 1.5;
    static final double CACHED_VS_RDD = 1 / 3.0;

    private final Results results;
    private final Sizes sizes;
    private final StringBuilder out = new StringBuilder();

    DataFrameReport(Results results, Sizes sizes) {
        this.results = results;
        this.sizes = sizes;
    }

    String markdown() {
        Options options = results.options;
        Machine machine = results.machine;
        line("# DataFrame benchmark results: Rivulet, Apache Spark, DuckDB and hand-written Java");
        line("");
        if (options.quick() || Report.busy(machine.loadAtStart()) || Report.busy(machine.loadAtEnd())) {
            line("> **Preliminary figures.** "
                    + (options.quick() ? "This is a run at " + options.scale + " of the issue's sizes. " : "")
                    + "Figures taken on a busy machine are preliminary: other builds and tests shared these cores"
                    + " (see the load averages below), so the times are noisy. Trust the ratios more than the"
                    + " times, and rerun on an idle machine before drawing conclusions.");
            line("");
        }
        line("Produced by `bench/run.sh --suite dataframe" + scaleOption(options) + "` on " + machine.date()
                + ". How to run it and what the figures mean: the README's *Benchmarks* section.");
        line("");
        settings(machine);
        line("");
        line("Sizes at this scale: " + sizesLine());
        line("");
        table();
        line("");
        cachedSizes();
        line("");
        targets();
        return out.toString();
    }

    private static String scaleOption(Options options) {
        if (options.scale == 0.1) {
            return " --quick";
        }
        return options.scale == 1 ? "" : " --scale " + options.scale;
    }

    private void settings(Machine machine) {
        Options options = results.options;
        line("## Machine and settings");
        line("");
        line("| | |");
        line("|---|---|");
        line("| CPU | " + machine.cpu() + " |");
        line("| Cores | " + machine.cores() + " |");
        line("| Memory | " + machine.memory() + " |");
        line("| OS | " + machine.os() + " |");
        line("| JDK | " + machine.jdk() + " |");
        line("| Load average (1, 5, 15 min) | " + machine.loadAtStart() + " at the start, " + machine.loadAtEnd()
                + " at the end |");
        line("| Rivulet | `local[" + Sizes.SLOTS + "]`, its DataFrame layer (`io.rivulet.sql`) |");
        line("| Spark | " + machine.spark() + " DataFrames, `local[" + Sizes.SLOTS + "]`, Kryo, no UI;"
                + " `spark.sql.shuffle.partitions` = " + anyInfo("spark", "spark.sql.shuffle.partitions")
                + " (Spark's default, not changed), `spark.sql.adaptive.enabled` = "
                + anyInfo("spark", "spark.sql.adaptive.enabled") + " (default: small shuffle partitions coalesced) |");
        line("| DuckDB | " + anyInfo("duckdb", "duckdb.version") + " through JDBC, in-memory database, `threads` = "
                + anyInfo("duckdb", "duckdb.threads") + ", `memory_limit` = " + anyInfo("duckdb", "duckdb.memory_limit")
                + " (its default: native memory, outside the JVM's heap); inputs loaded with the Appender before"
                + " the timed runs |");
        line("| Hand-written | Java 17 on primitive arrays, " + Sizes.SLOTS + " threads |");
        line("| Heap | `-Xmx" + options.xmx + "` for every JVM |");
        line("| Runs | " + options.warmup + " warm-up, then " + options.runs
                + " measured, engines alternating; figures are the median (min–max) |");
        line("| Scale | " + options.scale + (options.scale == 1 ? " (the issue's sizes)" : "") + " |");
    }

    private void table() {
        Options options = results.options;
        line("## Results");
        line("");
        line("*Steady state*: the job in a JVM whose engine is already started and whose input is prepared"
                + " (cached DataFrame, records list, DuckDB's tables). *Whole process*: a fresh JVM from start to"
                + " exit, preparation included. *Peak RSS*: of the whole-process runs (median). The ratios divide"
                + " an engine's median by Spark's, DuckDB's or the hand-written code's: below 1 means faster"
                + " (or smaller).");
        line("");
        line("| Workload | Engine | Steady state | ÷ Spark | ÷ DuckDB | ÷ hand-written | Whole process | ÷ Spark |"
                + " Peak RSS | ÷ Spark |");
        line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Workload workload : options.workloads) {
            for (String engine : options.engines) {
                String skipped = results.skipped(workload, engine);
                if (skipped != null) {
                    line("| " + workload.id() + " | " + Report.label(engine) + " | " + shortReason(skipped)
                            + " | | | | | | | |");
                    continue;
                }
                List<Long> steady = results.steady(workload, engine);
                List<Long> whole = results.whole(workload, engine);
                List<Long> rss = results.rssKb(workload, engine);
                line("| " + workload.id() + " | " + Report.label(engine) + " | " + Report.times(steady) + " | "
                        + ratio(steady, workload, engine, "spark", Kind.STEADY) + " | "
                        + ratio(steady, workload, engine, "duckdb", Kind.STEADY) + " | "
                        + ratio(steady, workload, engine, "java", Kind.STEADY) + " | " + Report.times(whole) + " | "
                        + ratio(whole, workload, engine, "spark", Kind.WHOLE) + " | " + Report.megabytes(rss) + " | "
                        + ratio(rss, workload, engine, "spark", Kind.RSS) + " |");
            }
        }
    }

    private static String shortReason(String reason) {
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }

    private enum Kind {
        STEADY,
        WHOLE,
        RSS
    }

    private List<Long> figures(Workload workload, String engine, Kind kind) {
        return switch (kind) {
            case STEADY -> results.steady(workload, engine);
            case WHOLE -> results.whole(workload, engine);
            case RSS -> results.rssKb(workload, engine);
        };
    }

    private String ratio(List<Long> values, Workload workload, String engine, String reference, Kind kind) {
        return engine.equals(reference) ? "" : Report.format(Report.ratio(values, figures(workload, reference, kind)));
    }

    private void cachedSizes() {
        Workload workload = Workload.DF_CACHED_AGG;
        if (!results.options.workloads.contains(workload)) {
            return;
        }
        line("## Cached size (`" + workload.id() + "`)");
        line("");
        line("The (long, int, double, string) input of `" + workload.id() + "`, "
                + String.format(Locale.ROOT, "%,d", sizes.dfAggRows())
                + " rows, as each engine holds it between runs. Spark's is its storage status after `df.cache()` and"
                + " a `count()` (in-memory columnar batches, compressed); DuckDB's the memory of its in-memory table"
                + " (`duckdb_memory()`); the hand-written code's its four arrays; the reference of the target is the"
                + " same rows cached as an RDD of Java records (`AggRecord`) in Rivulet (its storage status,"
                + " `MEMORY_ONLY`).");
        line("");
        line("| Engine | What is held | Size | ÷ Spark's |");
        line("|---|---|---:|---:|");
        long spark = bytes("spark", "cachedBytes");
        cachedRow("Rivulet", "the cached DataFrame", bytes("rivulet", "cachedBytes"), spark, "rivulet");
        String partitions = info(workload, "rivulet", "rddCachedPartitions");
        cachedRow(
                "Rivulet",
                "an RDD of `AggRecord`s, cached"
                        + (partitions == null ? "" : " (" + partitions + " partitions in memory)"),
                bytes("rivulet", "rddCachedBytes"),
                spark,
                null);
        cachedRow("Spark", "`df.cache()`", spark, spark, null);
        cachedRow("DuckDB", "in-memory table", bytes("duckdb", "cachedBytes"), spark, null);
        cachedRow(
                "hand-written", "`long[]`, `int[]`, `double[]`, `String[]`", bytes("java", "cachedBytes"), spark, null);
    }

    private void cachedRow(String engine, String what, long bytes, long spark, String engineId) {
        String size = bytes >= 0
                ? String.format(Locale.ROOT, "%.1f MB", bytes / 1e6)
                : engineId != null && results.skipped(Workload.DF_CACHED_AGG, engineId) != null
                        ? "not implemented yet"
                        : "–";
        String ratio = bytes >= 0 && spark > 0 ? Report.format((double) bytes / spark) : "–";
        line("| " + engine + " | " + what + " | " + size + " | " + ratio + " |");
    }

    private long bytes(String engine, String key) {
        String value = info(Workload.DF_CACHED_AGG, engine, key);
        return value == null ? -1 : Long.parseLong(value);
    }

    private String info(Workload workload, String engine, String key) {
        return results.info(workload, engine, key);
    }

    /** A fact of the engine from whichever workload reported it, or "?". */
    private String anyInfo(String engine, String key) {
        for (Workload workload : results.options.workloads) {
            String value = results.info(workload, engine, key);
            if (value != null) {
                return value;
            }
        }
        return "?";
    }

    private void targets() {
        line("## Issue 12's targets for Rivulet");
        line("");
        line("Each cell is Rivulet's steady-state ratio and whether it meets the target: at least 3 times faster"
                + " than Spark's DataFrames (ratio ≤ 0.33), at most twice DuckDB's time (≤ 2), and for `df-sort` and"
                + " `df-join` within 1.5 times of the hand-written code (≤ 1.5); the cached DataFrame at most a third"
                + " of the same rows cached as an RDD of Java records (≤ 0.33). *Budget* is the steady-state time"
                + " those targets allow at this scale: the smallest of Spark's ÷ 3, DuckDB's × 2 and, where it"
                + " applies, the hand-written code's × 1.5.");
        line("");
        line("| Workload | ÷ Spark | ÷ DuckDB | ÷ hand-written | Budget | Cached ÷ RDD |");
        line("|---|---:|---:|---:|---:|---:|");
        for (Workload workload : results.options.workloads) {
            boolean javaTarget = workload == Workload.DF_SORT || workload == Workload.DF_JOIN;
            List<Long> rivulet = results.steady(workload, "rivulet");
            double budget = Math.min(
                    Results.median(results.steady(workload, "spark")) * VS_SPARK,
                    Results.median(results.steady(workload, "duckdb")) * VS_DUCKDB);
            if (javaTarget) {
                budget = Math.min(budget, Results.median(results.steady(workload, "java")) * VS_JAVA);
            }
            String cached = "";
            if (workload == Workload.DF_CACHED_AGG) {
                long df = bytes("rivulet", "cachedBytes");
                long rdd = bytes("rivulet", "rddCachedBytes");
                cached = Report.verdict(df >= 0 && rdd > 0 ? (double) df / rdd : Double.NaN, CACHED_VS_RDD);
                if (df < 0 && rdd > 0) {
                    cached = String.format(Locale.ROOT, "– (≤ %.1f MB)", rdd * CACHED_VS_RDD / 1e6);
                }
            }
            line("| " + workload.id() + " | "
                    + Report.verdict(Report.ratio(rivulet, results.steady(workload, "spark")), VS_SPARK) + " | "
                    + Report.verdict(Report.ratio(rivulet, results.steady(workload, "duckdb")), VS_DUCKDB) + " | "
                    + (javaTarget
                            ? Report.verdict(Report.ratio(rivulet, results.steady(workload, "java")), VS_JAVA)
                            : "")
                    + " | " + (Double.isNaN(budget) ? "–" : Report.time(budget)) + " | " + cached + " |");
        }
        String skipped = results.skipped(results.options.workloads.get(0), "rivulet");
        if (skipped != null) {
            line("");
            line("Rivulet's cells are empty until its DataFrame engine runs (" + skipped + ").");
        }
    }

    private String sizesLine() {
        return String.format(
                Locale.ROOT,
                "df-sort %,d rows; df-join %,d × %,d rows; df-group-by %,d rows over %,d keys; df-cached-agg and"
                        + " df-records-agg %,d rows, %,d distinct strings; df-wordcount the word file, %,d bytes (%s).",
                sizes.dfSortRows(),
                sizes.dfJoinLeft(),
                sizes.dfJoinRight(),
                sizes.dfGroupRows(),
                sizes.dfGroupKeys(),
                sizes.dfAggRows(),
                DfData.STRINGS,
                sizes.wordsBytes(),
                sizes.wordsFile().getFileName());
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
