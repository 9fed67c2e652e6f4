package io.rivulet.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The three benchmark suites: issue 4's RDD workloads against Spark's RDD API and hand-written Java, and
 * issue 12's DataFrame workloads against Spark's DataFrames, DuckDB and hand-written Java on primitive
 * arrays; and the files suite's reads of a CSV and a JSON Lines file against Spark's DataFrames and DuckDB's
 * {@code read_csv} and {@code read_json}. A run measures one suite and writes its own results file.
 */
public enum Suite {
    RDD("RESULTS.md", "rivulet", "spark", "java"),
    DATAFRAME("RESULTS-dataframe.md", "rivulet", "spark", "duckdb", "java"),
    FILES("RESULTS-files.md", "rivulet", "spark", "duckdb");

    private final String resultsFile;
    private final List<String> engines;

    Suite(String resultsFile, String... engines) {
        this.resultsFile = resultsFile;
        this.engines = List.of(engines);
    }

    /** The name on the command line: {@code rdd}, {@code dataframe}, {@code files}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The engines of the suite, in the order the results list them. */
    public List<String> engines() {
        return engines;
    }

    /** The file under the bench directory that a run of this suite writes. */
    public String resultsFile() {
        return resultsFile;
    }

    public List<Workload> workloads() {
        return Arrays.stream(Workload.values()).filter(w -> w.suite() == this).toList();
    }

    public static Suite of(String id) {
        for (Suite suite : values()) {
            if (suite.id().equals(id)) {
                return suite;
            }
        }
        throw new IllegalArgumentException("unknown suite: " + id + "; expected rdd, dataframe or files");
    }
}
