package io.rivulet.io;

import static java.util.Objects.requireNonNull;

import io.rivulet.storage.LocalDirs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.UUID;

/**
 * The commit protocol of one save job, so that its output appears whole or not at all (STYLE habit 7):
 *
 * <ol>
 *   <li>{@link #OutputCommitter(String)} refuses an existing output path before anything runs or is
 *       touched;
 *   <li>{@link #setupJob()} creates missing parents and a hidden temporary sibling directory
 *       {@code .<name>.rivulet-tmp-<uuid>} (hidden, so readers of the parent never see partial output);
 *   <li>each task attempt writes {@link #attemptFile} and, once the whole partition is written and
 *       closed, {@link #commitTask} renames it to {@code part-NNNNN}; a failed attempt calls
 *       {@link #abortTask}, which deletes its file;
 *   <li>after every task succeeded, {@link #commitJob()} writes {@code _SUCCESS} and renames the
 *       temporary directory to the output path in one atomic move; otherwise {@link #abortJob()} deletes
 *       it with everything in it.
 * </ol>
 *
 * <p>Threading: task methods run on worker slots, job methods on the job's thread; tasks touch only their
 * own attempt and part files. The scheduler runs at most one attempt of a partition at a time and waits
 * for every attempt to end before the job returns, so no task writes after commit or abort.
 *
 * <p>The output path is checked again just before the final move, and the move itself fails on a
 * non-empty directory or a file. One race remains: rename(2) replaces an <em>empty</em> directory, so an
 * empty directory made at the output path in the instant between that check and the move is replaced;
 * nothing but an empty directory can be lost this way.
 */
final class OutputCommitter {
    static final String SUCCESS_MARKER = "_SUCCESS";

    private final Path output;
    private final Path temporary;

    /** Resolves the output path and fails, touching nothing, if something exists there already. */
    public OutputCommitter(String dir) {
        requireNonNull(dir, "dir is null");
        if (dir.isEmpty()) {
            throw new IllegalArgumentException("output directory is empty");
        }
        this.output = Path.of(dir).toAbsolutePath().normalize();
        Path parent = output.getParent();
        if (parent == null) {
            throw alreadyExists(output); // a file system root
        }
        this.temporary = parent.resolve("." + output.getFileName() + ".rivulet-tmp-" + UUID.randomUUID());
        checkOutputAbsent();
    }

    public Path output() {
        return output;
    }

    public Path temporary() {
        return temporary;
    }

    public void setupJob() {
        try {
            Files.createDirectories(output.getParent());
            Files.createDirectory(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the temporary output directory " + temporary, e);
        }
    }

    /** {@code part-00003}: the committed file of a partition. */
    public Path partFile(int partition) {
        return temporary.resolve(partName(partition));
    }

    /** {@code part-00003.attempt-1}: where one attempt of a partition writes before it commits. */
    public Path attemptFile(int partition, int attempt) {
        return temporary.resolve(partName(partition) + ".attempt-" + attempt);
    }

    static String partName(int partition) {
        return String.format(Locale.ROOT, "part-%05d", partition);
    }

    /** Publishes a fully written and closed attempt file as its partition's part file. */
    public void commitTask(int partition, int attempt) throws IOException {
        Files.move(attemptFile(partition, attempt), partFile(partition), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes what a failed attempt wrote; a failure to delete is added to {@code cause}. */
    public void abortTask(int partition, int attempt, Throwable cause) {
        try {
            Files.deleteIfExists(attemptFile(partition, attempt));
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** Marks the output complete and moves it into place; on failure the caller still calls abortJob. */
    public void commitJob() {
        try {
            Files.createFile(temporary.resolve(SUCCESS_MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + SUCCESS_MARKER + " in " + temporary, e);
        }
        checkOutputAbsent(); // another job may have written it while this one ran
        try {
            Files.move(temporary, output, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new UncheckedIOException(
                    "cannot move " + temporary + " to " + output + " atomically: " + e.getMessage(), e);
        } catch (IOException e) {
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                throw alreadyExists(output);
            }
            throw new UncheckedIOException("cannot move " + temporary + " to " + output + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the temporary directory and everything in it; the output path is never touched. */
    public void abortJob() {
        LocalDirs.deleteRecursively(temporary);
    }

    private void checkOutputAbsent() {
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            throw alreadyExists(output);
        }
    }

    private static UncheckedIOException alreadyExists(Path output) {
        String message = "output directory already exists";
        return new UncheckedIOException(
                "Output directory " + output + " already exists",
                new FileAlreadyExistsException(output.toString(), null, message));
    }
}
