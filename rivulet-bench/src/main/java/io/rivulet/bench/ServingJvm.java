package io.rivulet.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Child} JVM in {@code serve} mode, kept alive for the steady-state runs of one workload: its
 * engine started once, then told to run the job again and again ({@code run}), until {@code quit}.
 */
final class ServingJvm implements AutoCloseable {
    private final String engine;
    private final Path log;
    private final Process process;
    private final BufferedReader out;
    private final Writer in;

    private final Map<String, String> info = new LinkedHashMap<>();
    private String skipped;

    /**
     * Starts the JVM and waits until its engine is ready, or has said that it cannot run the workload
     * ({@link #skipped()}).
     */
    ServingJvm(String engine, List<String> command, Path log) throws IOException {
        this.engine = engine;
        this.log = log;
        this.process = Launcher.processBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        for (String line = out.readLine(); ; line = out.readLine()) {
            if (line == null) {
                throw new IllegalStateException(engine + " exited unexpectedly; see " + log);
            }
            if (line.startsWith("INFO ")) {
                String[] fields = line.split(" ", 3);
                info.put(fields[1], fields.length > 2 ? fields[2] : "");
            } else if (line.startsWith("SKIPPED ")) {
                skipped = line.substring("SKIPPED ".length());
                return;
            } else if (line.equals("READY")) {
                return;
            }
        }
    }

    /** The facts the engine printed before it was ready ({@link Engine#info}). */
    Map<String, String> info() {
        return info;
    }

    /** Why the engine cannot run the workload, or null if it is ready to. */
    String skipped() {
        return skipped;
    }

    /** Runs the job once: its time in nanoseconds and its answer. */
    Timed run() throws IOException {
        in.write("run\n");
        in.flush();
        String[] fields = awaitLine("RESULT").split(" ");
        return new Timed(Long.parseLong(fields[1]), Checksum.parse(fields, 2));
    }

    record Timed(long nanos, Checksum checksum) {}

    /** Stops the engine and waits for the JVM to exit. */
    void quit() throws IOException, InterruptedException {
        in.write("quit\n");
        in.flush();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException(engine + " did not stop; see " + log);
        }
    }

    /** Reads lines until one starts with {@code prefix}. */
    private String awaitLine(String prefix) throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException(engine + " exited unexpectedly; see " + log);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
