package io.rivulet.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Profiles one engine on one workload with JDK Flight Recorder ({@code bench/run.sh --profile WORKLOAD}):
 * a child JVM runs the job a few times in a row under {@code -XX:StartFlightRecording}, then this prints
 * the methods most often on top of the sampled stacks (where the time goes), and the innermost engine
 * frames of those stacks (which engine code the time is spent under). The recording stays in
 * {@code bench/data/profiles/} for {@code jfr print --events jdk.ExecutionSample}.
 */
public final class Profile {
    private Profile() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].startsWith("--")) {
            System.err.println(
                    "usage: bench/run.sh --profile WORKLOAD [--quick | --scale X] [--engine rivulet|spark|java|duckdb]"
                            + " [--runs N] [--xmx SIZE] [--top N]");
            System.exit(2);
        }
        Workload workload = Workload.of(args[0]);
        String engine = "rivulet";
        int top = 25;
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--engine" -> engine = args[++i];
                case "--top" -> top = Integer.parseInt(args[++i]);
                default -> rest.add(args[i]);
            }
        }
        Options options = Options.parse(rest.toArray(String[]::new));
        Sizes sizes =
                new Sizes(options.scale, options.wordsFile(), options.dataDir().resolve("out"));
        Launcher launcher = new Launcher(options, sizes);
        launcher.ensureWords();
        Path dir = Files.createDirectories(options.dataDir().resolve("profiles"));
        Path recording = dir.resolve(workload.id() + "-" + engine + ".jfr");
        List<String> command = new ArrayList<>(launcher.command(
                "repeat",
                engine,
                "-XX:+FlightRecorder",
                "-XX:StartFlightRecording=settings=profile,filename=" + recording));
        command.add(Integer.toString(options.runs));
        command.addAll(launcher.childArguments(engine, workload));
        System.out.println(
                "Recording " + options.runs + " runs of " + workload.id() + " on " + engine + " into " + recording);
        Process process = Launcher.processBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the profiled run failed with exit status " + process.exitValue());
        }
        print(recording, top);
    }

    /** Prints the hottest top-of-stack methods and the innermost io.rivulet frames of the samples. */
    static void print(Path recording, int top) throws Exception {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> engineFrames = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(stack.getFrames().get(0)), 1, Integer::sum);
            for (RecordedFrame frame : stack.getFrames()) {
                String name = name(frame);
                if (isEngine(name)) {
                    engineFrames.merge(name, 1, Integer::sum);
                    break;
                }
            }
        }
        System.out.printf("%n%,d execution samples in %s%n", samples, recording);
        printTop("Hottest methods (top of stack, self time)", self, samples, top);
        printTop(
                "Innermost engine frames (io.rivulet, org.apache.spark; the engine code under which the time"
                        + " is spent)",
                engineFrames,
                samples,
                top);
    }

    private static boolean isEngine(String frame) {
        return (frame.startsWith("io.rivulet.") && !frame.startsWith("io.rivulet.bench."))
                || frame.startsWith("org.apache.spark.");
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void printTop(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println();
        System.out.println(title + ":");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(entry -> System.out.printf(
                        Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * entry.getValue() / samples, entry.getKey()));
    }
}
