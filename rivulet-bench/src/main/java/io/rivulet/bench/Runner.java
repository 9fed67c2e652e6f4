package io.rivulet.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs every workload on every engine and writes the results ({@code bench/run.sh} starts it).
 *
 * <p>For each workload:
 *
 * <ol>
 *   <li>Whole process: a fresh JVM per run ({@link Child} {@code once}), timed from the start of the
 *       process to its exit, its peak RSS from {@code /usr/bin/time} (or, without it, the JVM's own
 *       {@code VmHWM}). Warm-up rounds first (they warm the page cache), then measured rounds; each round
 *       runs every engine once, in an order that rotates from round to round.
 *   <li>Steady state: one JVM per engine ({@link Child} {@code serve}), all three started and then told
 *       in turn to run the job, the same rotation, timing the job inside the JVM.
 * </ol>
 *
 * Every run's answer is compared with the first one of the workload: a mismatch stops everything. An engine
 * that says it cannot run a workload yet ({@link Engine#unsupported}) is skipped for that workload and
 * listed as such in the results.
 */
public final class Runner {
    private final Options options;
    private final Sizes sizes;
    private final Results results;
    private final Path logDir;
    private final Path time = Path.of("/usr/bin/time");
    private final Launcher launcher;

    private Runner(Options options) {
        this.options = options;
        this.sizes =
                new Sizes(options.scale, options.wordsFile(), options.dataDir().resolve("out"));
        this.results = new Results(options);
        this.logDir = options.dataDir().resolve("logs");
        this.launcher = new Launcher(options, sizes);
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--help")) {
            System.out.print(Options.usage());
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            new Runner(options).run();
        } catch (ChecksumMismatchException e) {
            System.err.println();
            System.err.println("FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() throws Exception {
        Files.createDirectories(logDir);
        if (options.workloads.stream().anyMatch(Workload::readsWords)) {
            launcher.ensureWords();
        }
        if (options.workloads.stream().anyMatch(Workload::readsFiles)) {
            FilesData.ensure(sizes);
        }
        results.machine = Machine.describe(sparkVersion());
        for (Workload workload : options.workloads) {
            System.out.printf("== %s: %s%n", workload.id(), workload.description());
            Files.writeString(log(workload), "", StandardCharsets.UTF_8);
            if (options.whole) {
                wholeProcess(workload);
            }
            if (options.steady) {
                steadyState(workload);
            }
        }
        results.machine = results.machine.withLoadAtEnd(Machine.loadAverage());
        Path resultsFile = options.benchDir.resolve(options.suite.resultsFile());
        String markdown = switch (options.suite) {
            case RDD -> new Report(results, sizes).markdown();
            case DATAFRAME -> new DataFrameReport(results, sizes).markdown();
            case FILES -> new FilesReport(results, sizes).markdown();
        };
        System.out.println();
        System.out.println(markdown);
        Files.writeString(resultsFile, markdown, StandardCharsets.UTF_8);
        if (options.suite == Suite.RDD) {
            Chart.write(results, options.benchDir.resolve("results"));
            System.out.println("Written: " + resultsFile + ", " + options.benchDir.resolve("results.png"));
        } else {
            System.out.println("Written: " + resultsFile);
        }
    }

    private void wholeProcess(Workload workload) throws Exception {
        for (int round = 0; round < options.warmup + options.runs; round++) {
            boolean measured = round >= options.warmup;
            for (String engine : rotation(workload, round)) {
                Child.deleteRecursively(sizes.outputDir(engine));
                WholeRun run = once(engine, workload);
                if (run == null) {
                    System.out.printf("  whole process  %-8s skipped: %s%n", engine, results.skipped(workload, engine));
                    continue;
                }
                check(workload, engine, run.checksum());
                System.out.printf(
                        "  whole process  %-8s %s %8.3f s  %6d MB%n",
                        engine, measured ? "run   " : "warmup", run.nanos() / 1e9, run.rssKb() / 1024);
                if (measured) {
                    results.addWhole(workload, engine, run.nanos(), run.rssKb());
                }
            }
        }
    }

    private record WholeRun(long nanos, long rssKb, Checksum checksum) {}

    /** One whole-process run, or null if the engine said it cannot run the workload (recorded as skipped). */
    private WholeRun once(String engine, Workload workload) throws Exception {
        Path rssFile = Files.createTempFile(logDir, "rss", ".txt");
        List<String> command = new ArrayList<>();
        boolean timed = Files.isExecutable(time);
        if (timed) {
            command.addAll(List.of(time.toString(), "-f", "%M", "-o", rssFile.toString()));
        }
        command.addAll(launcher.command("once", engine));
        command.addAll(launcher.childArguments(engine, workload));
        appendToLog(workload, "--- " + engine + " once: " + String.join(" ", command));
        ProcessBuilder builder = Launcher.processBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(log(workload).toFile()));
        long start = System.nanoTime();
        Process process = builder.start();
        List<String> out = readAll(process);
        boolean exited = process.waitFor(2, TimeUnit.HOURS);
        long nanos = System.nanoTime() - start;
        if (!exited || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(engine + " failed on " + workload.id() + " (exit "
                    + (exited ? process.exitValue() : "timeout") + "); see " + log(workload));
        }
        long rssKb = timed
                ? Long.parseLong(Files.readString(rssFile).strip())
                : out.stream()
                        .filter(l -> l.startsWith("RSS "))
                        .mapToLong(l -> Long.parseLong(l.substring(4)))
                        .findFirst()
                        .orElse(-1);
        Files.delete(rssFile);
        recordInfo(workload, engine, out);
        Optional<String> skipped =
                out.stream().filter(l -> l.startsWith("SKIPPED ")).findFirst();
        if (skipped.isPresent()) {
            results.skip(workload, engine, skipped.get().substring("SKIPPED ".length()));
            return null;
        }
        String line = out.stream()
                .filter(l -> l.startsWith("CHECKSUM "))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(engine + " printed no checksum on " + workload.id()));
        Checksum checksum = workload.writesOutput()
                ? Checksum.ofTextOutput(sizes.outputDir(engine))
                : Checksum.parse(line.split(" "), 1);
        return new WholeRun(nanos, rssKb, checksum);
    }

    private void steadyState(Workload workload) throws Exception {
        Map<String, ServingJvm> jvms = new LinkedHashMap<>();
        try {
            for (String engine : rotation(workload, 0)) {
                List<String> command = new ArrayList<>(launcher.command("serve", engine));
                command.addAll(launcher.childArguments(engine, workload));
                appendToLog(workload, "--- " + engine + " serve: " + String.join(" ", command));
                ServingJvm jvm = new ServingJvm(engine + " on " + workload.id(), command, log(workload));
                jvms.put(engine, jvm);
                jvm.info().forEach((key, value) -> results.addInfo(workload, engine, key, value));
                if (jvm.skipped() != null) {
                    results.skip(workload, engine, jvm.skipped());
                    System.out.printf("  steady state   %-8s skipped: %s%n", engine, jvm.skipped());
                    jvms.remove(engine).close();
                }
            }
            for (int round = 0; round < options.warmup + options.runs; round++) {
                boolean measured = round >= options.warmup;
                for (String engine : rotation(workload, round)) {
                    ServingJvm.Timed run = jvms.get(engine).run();
                    check(workload, engine, run.checksum());
                    System.out.printf(
                            "  steady state   %-8s %s %8.3f s%n",
                            engine, measured ? "run   " : "warmup", run.nanos() / 1e9);
                    if (measured) {
                        results.addSteady(workload, engine, run.nanos());
                    }
                }
            }
            for (ServingJvm jvm : jvms.values()) {
                jvm.quit();
            }
        } finally {
            jvms.values().forEach(ServingJvm::close);
        }
    }

    private static List<String> readAll(Process process) throws IOException {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    /**
     * The engines in round {@code round}'s order: the list rotated by the round's number, without those that
     * said they cannot run the workload.
     */
    private List<String> rotation(Workload workload, int round) {
        List<String> engines = new ArrayList<>(options.engines);
        java.util.Collections.rotate(engines, -round);
        engines.removeIf(engine -> results.skipped(workload, engine) != null);
        return engines;
    }

    /** Records the {@code INFO key value} lines of a child's output. */
    private void recordInfo(Workload workload, String engine, List<String> out) {
        for (String line : out) {
            if (line.startsWith("INFO ")) {
                String[] fields = line.split(" ", 3);
                results.addInfo(workload, engine, fields[1], fields.length > 2 ? fields[2] : "");
            }
        }
    }

    private void check(Workload workload, String engine, Checksum checksum) {
        Results.Answer first = results.answers.putIfAbsent(workload, new Results.Answer(engine, checksum));
        if (first != null && !first.checksum().matches(checksum)) {
            throw new ChecksumMismatchException("CHECKSUM MISMATCH on " + workload.id() + ": " + first.engine()
                    + " gave " + first.checksum() + ", " + engine + " gave " + checksum);
        }
    }

    private String sparkVersion() {
        return Launcher.jars(options.lib).stream()
                .map(jar -> Path.of(jar).getFileName().toString())
                .filter(name -> name.startsWith("spark-core_"))
                .map(name -> name.substring(name.indexOf('-', "spark-core_".length()) + 1, name.length() - 4))
                .findFirst()
                .orElse("?");
    }

    private Path log(Workload workload) {
        return logDir.resolve(workload.id() + ".log");
    }

    private void appendToLog(Workload workload, String line) throws IOException {
        Files.writeString(log(workload), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** A run whose answer differs from another's: the benchmark stops. */
    static final class ChecksumMismatchException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ChecksumMismatchException(String message) {
            super(message);
        }
    }
}
