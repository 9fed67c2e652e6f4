package io.rivulet.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What the Worker-loss test's task runs, in an executor. */
final class Blocking {
    private Blocking() {}

    /**
     * The first caller (across JVMs: it creates {@code started}) writes its process id there and waits, at most
     * five minutes, for {@code release} to exist; later callers go on at once.
     */
    static void firstAttemptWaits(String started, String release) {
        try {
            if (Files.exists(Path.of(started))) {
                return; // a retry: the first attempt's executor was lost
            }
            // Written whole, then renamed into place: the test never reads half a process id.
            long pid = ProcessHandle.current().pid();
            Path written = Files.writeString(Path.of(started + "." + pid), String.valueOf(pid), StandardCharsets.UTF_8);
            Files.move(written, Path.of(started));
        } catch (FileAlreadyExistsException e) {
            return; // a retry: the first attempt's executor was lost
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!Files.exists(Path.of(release)) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
