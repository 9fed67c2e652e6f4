package io.rivulet.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The runner's command line (see {@link #USAGE}). */
final class Options {
    static final String USAGE = """
            usage: Runner [options]
              --suite S            rdd (default: issue 4's RDD workloads) or dataframe (issue 12's DataFrame
                                   workloads, with DuckDB as a fourth engine; writes RESULTS-dataframe.md)
                                   or files (CSV and JSON Lines reads against Spark and DuckDB; writes
                                   RESULTS-files.md)
              --quick              a tenth of the sizes (same as --scale 0.1)
              --scale X            the fraction of the issue's sizes (default 1)
              --runs N             measured runs of each kind (default 5)
              --warmup N           unmeasured runs before them (default 1)
              --workloads a,b      workloads to run (default all of the suite): %s
              --engines a,b        engines to run (default all of the suite: rivulet,spark,java; for the
                                   dataframe suite rivulet,spark,duckdb,java; for files rivulet,spark,duckdb)
              --xmx SIZE           the heap of every engine's JVM (default 2g)
              --no-steady          skip the in-JVM steady-state runs
              --no-whole           skip the fresh-JVM whole-process runs
              --bench-dir DIR      where data/, RESULTS.md and the chart go (default bench)
              --jar FILE --lib DIR --rivulet-lib DIR   the bench module's jar and jars (from target/)
            """;

    Suite suite = Suite.RDD;
    double scale = 1;
    int runs = 5;
    int warmup = 1;
    List<Workload> workloads = Suite.RDD.workloads();
    List<String> engines = Suite.RDD.engines();
    String xmx = "2g";
    boolean steady = true;
    boolean whole = true;
    Path benchDir = Path.of("bench");
    Path jar = Path.of("rivulet-bench/target/rivulet-bench-0.1.0-SNAPSHOT.jar");
    Path lib = Path.of("rivulet-bench/target/lib");
    Path rivuletLib = Path.of("rivulet-bench/target/lib-rivulet");

    static Options parse(String[] args) {
        Options options = new Options();
        String suite = null;
        String workloads = null;
        String engines = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--suite" -> suite = value(args, ++i, arg);
                case "--quick" -> options.scale = 0.1;
                case "--scale" -> options.scale = Double.parseDouble(value(args, ++i, arg));
                case "--runs" -> options.runs = positive(value(args, ++i, arg), arg);
                case "--warmup" -> options.warmup = Integer.parseInt(value(args, ++i, arg));
                case "--workloads" -> workloads = value(args, ++i, arg);
                case "--engines" -> engines = value(args, ++i, arg);
                case "--xmx" -> options.xmx = value(args, ++i, arg);
                case "--no-steady" -> options.steady = false;
                case "--no-whole" -> options.whole = false;
                case "--bench-dir" -> options.benchDir = Path.of(value(args, ++i, arg));
                case "--jar" -> options.jar = Path.of(value(args, ++i, arg));
                case "--lib" -> options.lib = Path.of(value(args, ++i, arg));
                case "--rivulet-lib" -> options.rivuletLib = Path.of(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown option: " + arg + "\n" + usage());
            }
        }
        options.selectWorkloads(suite, workloads, engines);
        return options;
    }

    /**
     * The suite (given, or else the one of the workloads given, or else the RDD suite), its workloads (all,
     * or those given, which must all be of it) and its engines (all, or those given).
     */
    private void selectWorkloads(String suiteName, String workloadList, String engineList) {
        List<Workload> chosen = workloadList == null
                ? null
                : Arrays.stream(workloadList.split(",")).map(Workload::of).toList();
        suite = suiteName != null
                ? Suite.of(suiteName)
                : chosen != null ? chosen.get(0).suite() : Suite.RDD;
        if (chosen != null) {
            for (Workload workload : chosen) {
                if (workload.suite() != suite) {
                    throw new IllegalArgumentException("the workload " + workload.id() + " is not of the " + suite.id()
                            + " suite, whose workloads are " + ids(suite.workloads()));
                }
            }
        }
        workloads = chosen != null ? chosen : suite.workloads();
        engines = engineList != null ? engines(engineList) : suite.engines();
    }

    private static String ids(List<Workload> workloads) {
        return String.join(", ", workloads.stream().map(Workload::id).toList());
    }

    static String usage() {
        return String.format(
                USAGE,
                "rdd: " + ids(Suite.RDD.workloads()) + "; dataframe: " + ids(Suite.DATAFRAME.workloads()) + "; files: "
                        + ids(Suite.FILES.workloads()));
    }

    boolean quick() {
        return scale < 1;
    }

    Path dataDir() {
        return benchDir.resolve("data");
    }

    /** The word file at this scale, as {@code bench/run.sh} generates it. */
    Path wordsFile() {
        return dataDir().resolve("words-" + new Sizes(scale, Path.of(""), Path.of("")).wordsBytes() + ".txt");
    }

    private List<String> engines(String list) {
        List<String> engines = new ArrayList<>();
        for (String name : list.split(",")) {
            if (!suite.engines().contains(name)) {
                throw new IllegalArgumentException("unknown engine of the " + suite.id() + " suite: " + name
                        + "; expected " + String.join(", ", suite.engines()));
            }
            engines.add(name);
        }
        return engines;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + usage());
        }
        return args[i];
    }

    private static int positive(String value, String option) {
        int n = Integer.parseInt(value);
        if (n <= 0) {
            throw new IllegalArgumentException(option + " must be positive: " + n);
        }
        return n;
    }
}
