package io.rivulet.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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

    /** Starts the JVM and waits until its engine is ready. */
    ServingJvm(String engine, List<String> command, Path log) throws IOException {
        this.engine = engine;
        this.log = log;
        this.process = Launcher.processBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        awaitLine("READY");
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
