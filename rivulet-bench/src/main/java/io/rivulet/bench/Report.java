package io.rivulet.bench;

import java.util.List;
import java.util.Locale;

/** The results as Markdown: what {@code bench/RESULTS.md} holds. */
final class Report {
    /** Targets of issue 4, as ratios of Rivulet's figure to the reference's (lower is better). */
    static final double STEADY_VS_SPARK = 1 / 1.5;

    static final double STEADY_VS_JAVA = 1.5;
    static final double RSS_VS_SPARK = 0.5;
    static final double WORDCOUNT_WHOLE_VS_SPARK = 1 / 3.0;
    static final double STARTUP_WHOLE_VS_SPARK = 1 / 10.0;
    /** Issue 15's: whole process within 2 times the hand-written program's, every workload. */
    static final double WHOLE_VS_JAVA = 2.0;

    private final Results results;
    private final Sizes sizes;
    private final StringBuilder out = new StringBuilder();

    Report(Results results, Sizes sizes) {
        this.results = results;
        this.sizes = sizes;
    }

    String markdown() {
        header();
        machineTable();
        resultsTable();
        line("");
        targets();
        line("");
        line("![Rivulet's time and memory relative to Spark and to hand-written Java](results.png)");
        return out.toString();
    }

    private void header() {
        Options options = results.options;
        Machine machine = results.machine;
        line("# Benchmark results: Rivulet, Apache Spark and hand-written Java");
        line("");
        if (preliminary()) {
            line("> **Preliminary figures.** "
                    + (options.quick() ? "This is a `--quick` run (a tenth of the sizes). " : "")
                    + "Figures taken on a busy machine are preliminary: other builds and tests shared these cores"
                    + " (see the load averages below), so the times are noisy. Trust the ratios more than the"
                    + " times, and rerun on an idle machine before drawing conclusions.");
            line("");
        }
        line("Produced by `bench/run.sh" + (options.quick() ? " --quick" : "") + "` on " + machine.date()
                + ". How to run it and what the figures mean: the README's *Benchmarks* section.");
        line("");
    }

    private void machineTable() {
        Options options = results.options;
        Machine machine = results.machine;
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
        line("| Engines | Rivulet " + "`local[" + Sizes.SLOTS + "]`; Apache Spark " + machine.spark()
                + " RDD API, `local[" + Sizes.SLOTS + "]`, Kryo, no UI; hand-written Java, " + Sizes.SLOTS
                + " threads |");
        line("| Heap | `-Xmx" + options.xmx + "` for every JVM |");
        line("| Rivulet's JVM options | `" + String.join(" ", new Launcher(options, null).rivuletJvmOptions())
                + "` (`bin/jvm.options`, what `bin/rivulet` starts it with; `RIVULET_JAVA_OPTS` overrides) |");
        line("| Runs | " + options.warmup + " warm-up, then " + options.runs
                + " measured, engines alternating; figures are the median (min–max) |");
        line("| Scale | " + options.scale + (options.quick() ? " (`--quick`)" : " (the issue's sizes)") + " |");
        line("");
        line("Sizes at this scale: " + sizesLine());
        line("");
    }

    private void resultsTable() {
        Options options = results.options;
        line("## Results");
        line("");
        line("*Steady state*: the job in a JVM whose engine is already started (the job repeated in one JVM;"
                + " for `startup`, starting the engine, the trivial job and stopping it). *Whole process*: a fresh"
                + " JVM from start to exit. *Peak RSS*: of the whole-process runs (median). The ratios divide an"
                + " engine's median by Spark's or by the hand-written code's: below 1 means faster (or smaller).");
        line("");
        line("| Workload | Engine | Steady state | ÷ Spark | ÷ hand-written | Whole process | ÷ Spark |"
                + " ÷ hand-written | Peak RSS | ÷ Spark |");
        line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Workload workload : options.workloads) {
            for (String engine : options.engines) {
                List<Long> steady = results.steady(workload, engine);
                List<Long> whole = results.whole(workload, engine);
                List<Long> rss = results.rssKb(workload, engine);
                line("| " + workload.id() + " | " + label(engine) + " | " + times(steady) + " | "
                        + ratio(steady, results.steady(workload, "spark"), engine, "spark") + " | "
                        + ratio(steady, results.steady(workload, "java"), engine, "java") + " | " + times(whole)
                        + " | " + ratio(whole, results.whole(workload, "spark"), engine, "spark") + " | "
                        + ratio(whole, results.whole(workload, "java"), engine, "java") + " | " + megabytes(rss)
                        + " | " + ratio(rss, results.rssKb(workload, "spark"), engine, "spark") + " |");
            }
        }
    }

    /** A quick run, or one on a machine that was busy (a 1-minute load average above half a core). */
    private boolean preliminary() {
        Machine machine = results.machine;
        return results.options.quick() || busy(machine.loadAtStart()) || busy(machine.loadAtEnd());
    }

    static boolean busy(String loadAverage) {
        try {
            return Double.parseDouble(loadAverage.split(" ")[0]) > 0.5;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private void targets() {
        line("## Issues 4 and 15's targets for Rivulet");
        line("");
        line("Each cell is Rivulet's ratio and whether it meets the target: steady state at least 1.5 times"
                + " faster than Spark (ratio ≤ 0.67) and within 1.5 times of hand-written Java (≤ 1.5); peak RSS at"
                + " most half of Spark's (≤ 0.5); whole process at least 3 times faster than Spark for the word"
                + " count (≤ 0.33) and 10 times for startup (≤ 0.10); and issue 15's, whole process within 2"
                + " times the hand-written program's on every workload (≤ 2).");
        line("");
        line("| Workload | Steady ÷ Spark | Steady ÷ hand-written | Peak RSS ÷ Spark | Whole process ÷ Spark"
                + " | Whole process ÷ hand-written |");
        line("|---|---:|---:|---:|---:|---:|");
        for (Workload workload : results.options.workloads) {
            double wholeTarget = workload == Workload.WORDCOUNT
                    ? WORDCOUNT_WHOLE_VS_SPARK
                    : workload == Workload.STARTUP ? STARTUP_WHOLE_VS_SPARK : Double.NaN;
            line("| " + workload.id() + " | "
                    + verdict(
                            ratio(results.steady(workload, "rivulet"), results.steady(workload, "spark")),
                            STEADY_VS_SPARK)
                    + " | "
                    + verdict(
                            ratio(results.steady(workload, "rivulet"), results.steady(workload, "java")),
                            STEADY_VS_JAVA)
                    + " | "
                    + verdict(ratio(results.rssKb(workload, "rivulet"), results.rssKb(workload, "spark")), RSS_VS_SPARK)
                    + " | "
                    + verdict(ratio(results.whole(workload, "rivulet"), results.whole(workload, "spark")), wholeTarget)
                    + " | "
                    + verdict(ratio(results.whole(workload, "rivulet"), results.whole(workload, "java")), WHOLE_VS_JAVA)
                    + " |");
        }
    }

    /** The ratio of two medians, NaN when either is missing. */
    static double ratio(List<Long> values, List<Long> reference) {
        return Results.median(values) / Results.median(reference);
    }

    static String verdict(double ratio, double target) {
        if (Double.isNaN(ratio)) {
            return "–";
        }
        String value = format(ratio);
        if (Double.isNaN(target)) {
            return value;
        }
        return value + (ratio <= target ? " met" : " **missed**");
    }

    private static String ratio(List<Long> values, List<Long> reference, String engine, String referenceEngine) {
        if (engine.equals(referenceEngine)) {
            return "";
        }
        return format(ratio(values, reference));
    }

    /** Two significant digits below 0.1, two decimals above. */
    static String format(double ratio) {
        if (Double.isNaN(ratio)) {
            return "–";
        }
        return String.format(Locale.ROOT, ratio < 0.1 ? "%.2g" : "%.2f", ratio);
    }

    static String label(String engine) {
        return switch (engine) {
            case "rivulet" -> "Rivulet";
            case "spark" -> "Spark";
            case "java" -> "hand-written";
            case "duckdb" -> "DuckDB";
            default -> engine;
        };
    }

    static String times(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "–";
        }
        long min = nanos.stream().mapToLong(Long::longValue).min().orElseThrow();
        long max = nanos.stream().mapToLong(Long::longValue).max().orElseThrow();
        return time(Results.median(nanos)) + " (" + time(min) + "–" + time(max) + ")";
    }

    static String time(double nanos) {
        if (nanos >= 1e9) {
            return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
        }
        if (nanos >= 1e7) {
            return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }

    static String megabytes(List<Long> kilobytes) {
        return kilobytes.isEmpty()
                ? "–"
                : String.format(Locale.ROOT, "%.0f MB", Results.median(kilobytes) * 1024 / 1e6);
    }

    private String sizesLine() {
        return String.format(
                Locale.ROOT,
                "word file %,d bytes (%s); reduce-by-key %,d pairs over %,d keys; sort-by-key %,d longs;"
                        + " group-by-key %,d pairs over %,d keys; join %,d × %,d pairs; PageRank %,d nodes,"
                        + " %,d edges, %d iterations; %d partitions for generated inputs.",
                sizes.wordsBytes(),
                sizes.wordsFile().getFileName(),
                sizes.reducePairs(),
                sizes.reduceKeys(),
                sizes.sortKeys(),
                sizes.groupPairs(),
                sizes.groupKeys(),
                sizes.joinLeft(),
                sizes.joinRight(),
                sizes.pagerankNodes(),
                sizes.pagerankEdges(),
                Sizes.PAGERANK_ITERATIONS,
                Sizes.PARTITIONS);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
