package io.rivulet.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Runs the {@code rivulet} command in this JVM, capturing what it and the job print. Tests whose jobs build a
 * {@code Rivulet} pass {@code --no-ui} unless the web UI is what they test: {@code rivulet run} turns it on.
 */
final class Cli {
    record Result(int exitCode, String out, String err) {}

    private Cli() {}

    /** {@code rivulet args...}: System.out and System.err are captured for the job, and restored afterwards. */
    static Result rivulet(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream capturedOut = new PrintStream(out, true, UTF_8);
        PrintStream capturedErr = new PrintStream(err, true, UTF_8);
        try {
            System.setOut(capturedOut);
            System.setErr(capturedErr);
            CommandLine commandLine = Main.newCommandLine();
            commandLine.setOut(new PrintWriter(capturedOut, true));
            commandLine.setErr(new PrintWriter(capturedErr, true));
            int exitCode = commandLine.execute(args);
            capturedOut.flush();
            capturedErr.flush();
            return new Result(exitCode, out.toString(UTF_8), err.toString(UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
