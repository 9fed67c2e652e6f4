package io.rivulet.io;

import static java.util.Objects.requireNonNull;

import io.rivulet.storage.LocalDirs;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commit protocol of one save job, so that its output appears whole or not at all (STYLE habit 7):
 *
 * <ol>
 *   <li>{@link #OutputCommitter(String)} refuses an existing output path before anything runs or is
 *       touched;
 *   <li>{@link #setupJob()} creates missing parents and a hidden temporary sibling directory
 *       {@code .<name>.rivulet-tmp-<pid>-<start>-<uuid>} (hidden, so readers of the parent never see partial
 *       output; named after the process that writes it, its pid and start time);
 *   <li>each task attempt writes {@link #attemptFile} and, once the whole partition is written and
 *       closed, {@link #commitTask} renames it to {@code part-NNNNN}; a failed attempt calls
 *       {@link #abortTask}, which deletes its file;
 *   <li>after every task succeeded, {@link #commitJob()} writes {@code _SUCCESS} and renames the
 *       temporary directory to the output path in one atomic move; otherwise {@link #abortJob()} deletes
 *       it with everything in it.
 * </ol>
 *
 * <p>Leftovers: a process killed while it writes leaves its temporary directory. A shutdown hook deletes the
 * directories of the jobs still writing ({@link #abortAllInProgress}); after SIGKILL nothing runs, so a later
 * successful commit of the same output deletes the temporary siblings whose writing process has ended (never
 * one of a live process, nor one whose name carries no process).
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
final class OutputCommitter implements Serializable {
    private static final long serialVersionUID = 1L;

    static final String SUCCESS_MARKER = "_SUCCESS";
    static final String TEMPORARY_INFIX = ".rivulet-tmp-";
    /** {@code <pid>-<start millis>-<uuid>}: the process that wrote a temporary directory. */
    private static final Pattern OWNED = Pattern.compile("(\\d+)-(\\d+)-[0-9a-f-]{36}");

    /** The temporary directories of the jobs of this JVM that are writing now. */
    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

    private static final Logger LOG = Logger.getLogger(OutputCommitter.class.getName());

    // Paths are not serializable: a cluster runner ships the committer to its tasks as the two paths' names.
    private transient Path output;
    private transient Path temporary;
    private final String outputName;
    private final String temporaryName;

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
        this.temporary = parent.resolve(
                "." + output.getFileName() + TEMPORARY_INFIX + LocalDirs.ownerTag() + "-" + UUID.randomUUID());
        this.outputName = output.toString();
        this.temporaryName = temporary.toString();
        checkOutputAbsent();
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        output = Path.of(outputName);
        temporary = Path.of(temporaryName);
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
            IN_PROGRESS.add(temporary);
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
        IN_PROGRESS.remove(temporary);
        deleteStaleTemporaries();
    }

    /**
     * Deletes the temporary siblings of this output left by processes that ended while they wrote it (killed
     * with SIGKILL): a successful rerun leaves only its output. Best effort: what cannot be deleted is logged.
     */
    private void deleteStaleTemporaries() {
        String prefix = "." + output.getFileName() + TEMPORARY_INFIX;
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(output.getParent(), prefix + "*")) {
            for (Path sibling : siblings) {
                Matcher owner = OWNED.matcher(sibling.getFileName().toString().substring(prefix.length()));
                if (owner.matches()
                        && !IN_PROGRESS.contains(sibling)
                        && LocalDirs.processIsDead(Long.parseLong(owner.group(1)), Long.parseLong(owner.group(2)))) {
                    LOG.info(() -> "deleting " + sibling + ", left by a process that ended while it wrote " + output);
                    LocalDirs.deleteRecursively(sibling);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot delete the stale temporary directories of " + output, e);
        }
    }

    /** Deletes the temporary directories of every job of this JVM still writing: the JVM is exiting. */
    static void abortAllInProgress() {
        for (Path temporary : List.copyOf(IN_PROGRESS)) {
            IN_PROGRESS.remove(temporary);
            try {
                LocalDirs.deleteRecursively(temporary);
            } catch (RuntimeException e) {
                // the JVM is exiting: nothing more can be done about it
            }
        }
    }

    /** Deletes the temporary directory and everything in it; the output path is never touched. */
    public void abortJob() {
        IN_PROGRESS.remove(temporary);
        LocalDirs.deleteRecursively(temporary);
    }

    private void checkOutputAbsent() {
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            throw alreadyExists(output);
        }
    }

    private static UncheckedIOException alreadyExists(Path output) {
        boolean isFile = Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS);
        String message = isFile ? "a file is in the way of the output directory" : "output directory already exists";
        return new UncheckedIOException(
                isFile
                        ? "Output directory " + output + " cannot be created: " + output
                                + " is a file (remove it, or write elsewhere)"
                        : "Output directory " + output + " already exists",
                new FileAlreadyExistsException(output.toString(), null, message));
    }
}
