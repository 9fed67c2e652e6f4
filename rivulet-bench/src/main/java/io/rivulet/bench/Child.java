package io.rivulet.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One JVM running one engine on one workload, started by the {@link Runner} on that engine's own class
 * path. It answers on standard output, one line each:
 *
 * <ul>
 *   <li>In every mode, once the engine has started and {@linkplain Engine#prepare prepared} the workload
 *       (outside any timing): {@code INFO key value} for each of the engine's {@linkplain Engine#info
 *       facts}, then {@code SKIPPED reason} and an exit if the engine cannot run the workload yet.
 *   <li>{@code once ENGINE WORKLOAD SCALE WORDS OUT}: starts the engine, runs the job, stops, prints
 *       {@code CHECKSUM count hash approx} (or {@code CHECKSUM files} when the answer is the files it
 *       wrote) and {@code RSS kilobytes} (its peak so far) and exits: the whole-process measurement.
 *   <li>{@code serve ...}: starts the engine and prints {@code READY}; then for each {@code run} read on
 *       standard input runs the job and prints {@code RESULT nanos count hash approx}, until {@code quit}:
 *       the steady-state measurement, where the runner alternates the engines' JVMs run by run.
 *   <li>{@code repeat N ...}: runs the job N times, printing a {@code RESULT} line for each (profiling).
 * </ul>
 *
 * The startup workload starts and stops its engine inside every timed run; the others keep one engine.
 */
public final class Child {
    private final String engineName;
    private final Workload workload;
    private final Sizes sizes;
    private Engine engine;

    private Child(String engineName, Workload workload, Sizes sizes) {
        this.engineName = engineName;
        this.workload = workload;
        this.sizes = sizes;
    }

    public static void main(String[] args) throws Exception {
        int at = args[0].equals("repeat") ? 2 : 1;
        Workload workload = Workload.of(args[at + 1]);
        Child child = new Child(
                args[at],
                workload,
                new Sizes(Double.parseDouble(args[at + 2]), Path.of(args[at + 3]), Path.of(args[at + 4])));
        switch (args[0]) {
            case "once" -> child.once();
            case "serve" -> child.serve();
            case "repeat" -> child.repeat(Integer.parseInt(args[1]));
            default -> throw new IllegalArgumentException("unknown mode: " + args[0]);
        }
        // Spark may leave non-daemon threads behind; the measurement ends here either way.
        System.exit(0);
    }

    private void once() throws Exception {
        if (!startAndPrepare()) {
            return;
        }
        prepare();
        Checksum checksum = engine.run(workload);
        engine.close();
        // Output files are read back by the runner, after the process (and so its clock) has stopped.
        System.out.println("CHECKSUM " + (checksum == null ? "files" : checksum.format()));
        System.out.println("RSS " + peakRssKb());
    }

    private void serve() throws Exception {
        boolean keepEngine = workload != Workload.STARTUP;
        if (keepEngine && !startAndPrepare()) {
            return;
        }
        System.out.println("READY");
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String command = commands.readLine(); command != null && !command.equals("quit"); ) {
            if (!command.equals("run")) {
                throw new IllegalArgumentException("unknown command: " + command);
            }
            timedRun(keepEngine);
            command = commands.readLine();
        }
        if (keepEngine) {
            engine.close();
        }
    }

    private void repeat(int times) throws Exception {
        boolean keepEngine = workload != Workload.STARTUP;
        if (keepEngine && !startAndPrepare()) {
            return;
        }
        for (int i = 0; i < times; i++) {
            timedRun(keepEngine);
        }
        if (keepEngine) {
            engine.close();
        }
    }

    /**
     * Starts the engine and prepares the workload, printing the engine's facts; false (having said
     * {@code SKIPPED} and stopped the engine) if the engine cannot run the workload yet.
     */
    private boolean startAndPrepare() throws Exception {
        engine = Engine.start(engineName, workload.suite(), sizes);
        engine.prepare(workload);
        engine.info(workload).forEach((key, value) -> System.out.println("INFO " + key + " " + value));
        Optional<String> unsupported = engine.unsupported(workload);
        if (unsupported.isPresent()) {
            System.out.println("SKIPPED " + unsupported.get());
            engine.close();
            return false;
        }
        return true;
    }

    /** One run of the job, its output files deleted before and read back after the clock. */
    private void timedRun(boolean keepEngine) throws Exception {
        prepare();
        System.gc();
        long start = System.nanoTime();
        Checksum checksum;
        if (keepEngine) {
            checksum = engine.run(workload);
        } else {
            try (Engine fresh = Engine.start(engineName, workload.suite(), sizes)) {
                checksum = fresh.run(workload);
            }
        }
        long nanos = System.nanoTime() - start;
        if (checksum == null) {
            checksum = Checksum.ofTextOutput(sizes.outputDir(engineName));
        }
        System.out.println("RESULT " + nanos + " " + checksum.format());
    }

    private void prepare() {
        if (workload.writesOutput()) {
            deleteRecursively(sizes.outputDir(engineName));
        }
    }

    /** This process's peak resident set size so far, from {@code /proc/self/status}; -1 if unknown. */
    private static long peakRssKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst()
                    .orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
