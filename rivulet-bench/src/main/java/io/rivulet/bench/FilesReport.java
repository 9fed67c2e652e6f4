package io.rivulet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The files suite's results as Markdown: what {@code bench/RESULTS-files.md} holds. Throughput is the file's
 * size divided by the steady-state median (MB = 10^6 bytes); the targets compare Rivulet's throughput with
 * Spark's (at least 3 times) and DuckDB's (at least half).
 */
final class FilesReport {
    /** The files issue's targets, as ratios of Rivulet's throughput to the reference's (higher is better). */
    static final double VS_SPARK = 3.0;

    static final double VS_DUCKDB = 0.5;

    private final Results results;
    private final Sizes sizes;
    private final StringBuilder out = new StringBuilder();

    FilesReport(Results results, Sizes sizes) {
        this.results = results;
        this.sizes = sizes;
    }

    String markdown() {
        Options options = results.options;
        Machine machine = results.machine;
        line("# Files benchmark results: Rivulet, Apache Spark and DuckDB reading CSV and JSON Lines");
        line("");
        if (options.quick() || Report.busy(machine.loadAtStart()) || Report.busy(machine.loadAtEnd())) {
            line("> **Preliminary figures.** "
                    + (options.quick() ? "This is a run at " + options.scale + " of the issue's sizes. " : "")
                    + "Figures taken on a busy machine are preliminary: other builds and tests shared these cores"
                    + " (see the load averages below), so the times are noisy. Trust the ratios more than the"
                    + " times, and rerun on an idle machine before drawing conclusions.");
            line("");
        }
        line("Produced by `bench/run.sh --suite files" + scaleOption(options) + "` on " + machine.date() + ".");
        line("");
        settings(machine);
        line("");
        inputs();
        line("");
        line("## Results");
        line("");
        line("*Steady state*: the query in a JVM whose engine is already started, the file read inside every run"
                + " (the page cache warm after the first). *Throughput*: the file's bytes ÷ the steady-state median."
                + " *Rivulet ÷ engine*: Rivulet's throughput divided by that engine's (above 1 means Rivulet is"
                + " faster), against the target. *Whole process*: a fresh JVM from start to exit; *peak RSS* of"
                + " those runs (median).");
        for (Workload workload : options.workloads) {
            line("");
            workloadTable(workload);
        }
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
        line("| Rivulet | `local[" + Sizes.SLOTS + "]`, `rv.read().schema(...)` then `.option(\"header\", \"true\")"
                + ".csv(path)` or `.json(path)` |");
        line("| Spark | " + machine.spark() + " DataFrames, `local[" + Sizes.SLOTS + "]`, Kryo, no UI, the same"
                + " calls; `spark.sql.files.maxPartitionBytes` = "
                + anyInfo("spark", "spark.sql.files.maxPartitionBytes")
                + " (its default) |");
        line("| DuckDB | " + anyInfo("duckdb", "duckdb.version") + " through JDBC, in-memory database, `threads` = "
                + anyInfo("duckdb", "duckdb.threads") + "; `read_csv(path, columns = {...}, header = true,"
                + " auto_detect = false)`, `read_json(path, columns = {...}, format = 'newline_delimited')` |");
        line("| Schema | given to every engine: `" + FilesData.SCHEMA + "` |");
        line("| Heap | `-Xmx" + options.xmx + "` for every JVM |");
        line("| Runs | " + options.warmup + " warm-up, then " + options.runs
                + " measured, engines alternating; figures are the median (min–max) |");
        line("| Scale | " + options.scale + (options.scale == 1 ? " (the issue's sizes)" : "") + " |");
    }

    private void inputs() {
        line("## Inputs");
        line("");
        line("Generated once by `FilesData` (plain Java) and cached under `bench/data/`. Ten columns: `id`, `a`, `b`"
                + " longs; `x`, `y`, `z` doubles (multiples of 1/64, so every sum is exact and the engines agree to"
                + " the bit); `s1` (1,000 distinct words), `s2` (3 to 24 characters, distinct); `d1`, `d2` dates"
                + " (`yyyy-MM-dd`). Each file is written until it reaches its size, so the JSON Lines file holds"
                + " the first rows of the CSV file's (its rows are longer).");
        line("");
        line("| File | Bytes | Rows |");
        line("|---|---:|---:|");
        line("| `" + sizes.csvFile().getFileName() + "` (with a header) | " + bytesOf(sizes.csvFile()) + " | "
                + rows(Workload.CSV_COUNT) + " |");
        line("| `" + sizes.jsonFile().getFileName() + "` | " + bytesOf(sizes.jsonFile()) + " | "
                + rows(Workload.JSON_COUNT) + " |");
        line("");
        line("Queries, the same meaning in every engine, every answer checked against the first engine's:"
                + " `*-count` is `count(*)`; `*-filter-sum` is `SELECT sum(x), sum(a) WHERE b < "
                + FilesData.B_THRESHOLD + "` (a tenth of the rows); `*-project` decodes every column: `count(*)`,"
                + " the sums of `id`, `a`, `b`, `x`, `y`, `z`, of `length(s1)` and `length(s2)` and of the days of"
                + " `d1` and `d2` since 1970-01-01.");
    }

    private String bytesOf(Path file) {
        long bytes = fileBytes(file);
        return bytes < 0 ? "–" : String.format(Locale.ROOT, "%,d", bytes);
    }

    private static long fileBytes(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String rows(Workload count) {
        Results.Answer answer = results.answers.get(count);
        return answer == null
                ? "–"
                : String.format(Locale.ROOT, "%,d", answer.checksum().count());
    }

    private void workloadTable(Workload workload) {
        long bytes = fileBytes(workload.readsJson() ? sizes.jsonFile() : sizes.csvFile());
        line("### " + workload.id() + ": " + workload.description());
        line("");
        line("| Engine | Steady state | Throughput | Rivulet ÷ engine | Target | Whole process | Peak RSS |");
        line("|---|---:|---:|---:|---|---:|---:|");
        for (String engine : results.options.engines) {
            String skipped = results.skipped(workload, engine);
            if (skipped != null) {
                line("| " + Report.label(engine) + " | not run: " + skipped + " | | | | | |");
                continue;
            }
            List<Long> steady = results.steady(workload, engine);
            double target = target(engine);
            double ratio = throughputRatio(workload, engine);
            line("| " + Report.label(engine) + " | " + Report.times(steady) + " | " + throughput(bytes, steady) + " | "
                    + (Double.isNaN(target) ? "" : Report.format(ratio)) + " | " + verdict(ratio, target) + " | "
                    + Report.times(results.whole(workload, engine)) + " | "
                    + Report.megabytes(results.rssKb(workload, engine)) + " |");
        }
    }

    /** The target of Rivulet's throughput ÷ {@code engine}'s, NaN for Rivulet itself. */
    private static double target(String engine) {
        return switch (engine) {
            case "spark" -> VS_SPARK;
            case "duckdb" -> VS_DUCKDB;
            default -> Double.NaN;
        };
    }

    /** Rivulet's throughput ÷ {@code engine}'s: the engine's steady-state median ÷ Rivulet's. */
    private double throughputRatio(Workload workload, String engine) {
        return Report.ratio(results.steady(workload, engine), results.steady(workload, "rivulet"));
    }

    private static String throughput(long bytes, List<Long> steady) {
        double median = Results.median(steady);
        if (bytes < 0 || Double.isNaN(median)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.0f MB/s", bytes / 1e6 / (median / 1e9));
    }

    /** "≥ 3: met" or "≥ 3: **missed**"; empty without a target, "–" without a ratio. */
    static String verdict(double ratio, double target) {
        if (Double.isNaN(target)) {
            return "";
        }
        String goal = "≥ " + (target == Math.rint(target) ? Long.toString((long) target) : Double.toString(target));
        if (Double.isNaN(ratio)) {
            return goal + ": –";
        }
        return goal + (ratio >= target ? ": met" : ": **missed**");
    }

    private void targets() {
        line("## The files issue's targets for Rivulet");
        line("");
        line("Rivulet's steady-state throughput ÷ Spark's (target: at least 3) and ÷ DuckDB's (target: at least"
                + " 0.5, that is within twice DuckDB's time).");
        line("");
        line("| Workload | ÷ Spark | ÷ DuckDB |");
        line("|---|---:|---:|");
        for (Workload workload : results.options.workloads) {
            line("| " + workload.id() + " | " + cell(workload, "spark") + " | " + cell(workload, "duckdb") + " |");
        }
    }

    private String cell(Workload workload, String engine) {
        String skipped = results.skipped(workload, "rivulet");
        if (skipped != null) {
            return "Rivulet not run";
        }
        double ratio = throughputRatio(workload, engine);
        return Report.format(ratio) + " (" + verdict(ratio, target(engine)) + ")";
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

    private void line(String text) {
        out.append(text).append('\n');
    }
}
