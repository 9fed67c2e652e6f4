package io.rivulet.storage;

import io.rivulet.memory.TempFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one owner of Rivulet's temporary files: a directory {@code rivulet-<random>} under
 * {@code rivulet.local.dir}, created on first use and deleted, with everything in it, by {@link #close()}.
 *
 * <p>Crash leftovers: a process that dies without {@code close()} leaves its directory behind. So each
 * directory holds a marker, {@value #OWNER_FILE}, naming the owning process (its pid and start time, so that
 * a reused pid is not mistaken for the owner); on first use, sibling {@code rivulet-*} directories whose
 * owner is no longer alive are deleted. A directory without a readable marker (one being created this very
 * moment, or of another tool) and one whose owner lives are never touched.
 */
public final class LocalDirs implements TempFiles, AutoCloseable {
    static final String OWNER_FILE = "rivulet-owner";
    private static final String PREFIX = "rivulet-";
    private static final Logger LOG = Logger.getLogger(LocalDirs.class.getName());

    private final Path base;
    private final AtomicLong fileCounter = new AtomicLong();
    private volatile Path root;
    private volatile boolean closed;

    public LocalDirs(Path base) {
        this.base = base;
    }

    /** The directory, created if needed. */
    public synchronized Path root() {
        if (closed) {
            throw new IllegalStateException("local directories are closed");
        }
        if (root == null) {
            try {
                Files.createDirectories(base);
                root = Files.createTempDirectory(base, PREFIX);
                writeOwner(root);
                deleteLeftoversOfDeadProcesses();
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot create a local directory under " + base
                                + " (set rivulet.local.dir to a writable directory)",
                        e);
            }
        }
        return root;
    }

    /** Writes the marker under a temporary name and renames it, so that nobody reads half of it. */
    private static void writeOwner(Path dir) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        String owner = self.pid() + "\n" + startMillis(self);
        Path temporary = dir.resolve(OWNER_FILE + ".tmp");
        Files.writeString(temporary, owner, StandardCharsets.UTF_8);
        Files.move(temporary, dir.resolve(OWNER_FILE), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The bases this JVM has swept already. */
    private static final Set<Path> SWEPT_BASES = ConcurrentHashMap.newKeySet();

    /**
     * Deletes the directories under the base that processes which died without {@code close()} left behind
     * (killed with SIGKILL, say): at a {@code Rivulet}'s start, before it needs any temporary space. A base that
     * does not exist yet has none.
     */
    public void deleteLeftovers() {
        // Once per base and JVM: a process that dies later is swept by the next JVM's first Rivulet, and
        // each later Rivulet of this JVM starts without listing the (often large) temporary directory again.
        if (Files.isDirectory(base) && SWEPT_BASES.add(base.toAbsolutePath().normalize())) {
            deleteLeftoversOfDeadProcesses();
        }
    }

    private void deleteLeftoversOfDeadProcesses() {
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(base, PREFIX + "*")) {
            for (Path sibling : siblings) {
                if (!sibling.equals(root)
                        && Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS)
                        && ownerIsDead(sibling)) {
                    LOG.info(() -> "deleting " + sibling + ", left behind by a process that ended without close()");
                    try {
                        deleteRecursively(sibling);
                    } catch (UncheckedIOException e) {
                        LOG.log(Level.WARNING, "cannot delete the leftover directory " + sibling, e);
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "cannot look for leftover directories under " + base, e);
        }
    }

    /** True only when the marker is readable and names a process that is not running now. */
    public static boolean ownerIsDead(Path dir) {
        return ownerIsDead(dir, OWNER_FILE);
    }

    /** {@link #ownerIsDead(Path)} with the marker named {@code ownerFile} in {@code dir}. */
    static boolean ownerIsDead(Path dir, String ownerFile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dir.resolve(ownerFile), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return false; // no marker (yet): never guess
        }
        if (lines.size() < 2) {
            return false;
        }
        try {
            return processIsDead(
                    Long.parseLong(lines.get(0).trim()),
                    Long.parseLong(lines.get(1).trim()));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The owner of this process's files as a name part: {@code <pid>-<start millis>}. */
    public static String ownerTag() {
        ProcessHandle self = ProcessHandle.current();
        return self.pid() + "-" + startMillis(self);
    }

    /** Whether the process {@code pid} that started at {@code started} (epoch millis, 0 if unknown) has ended. */
    public static boolean processIsDead(long pid, long started) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return true;
        }
        long startedNow = startMillis(process.get());
        return started > 0 && startedNow > 0 && startedNow != started; // the pid was reused
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    /** A fresh path (not created) for a new file, named after what it holds. */
    @Override
    public Path newFile(String prefix) {
        return root().resolve(prefix + "-" + fileCounter.incrementAndGet());
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (root != null) {
            deleteRecursively(root);
            root = null;
        }
    }

    public static void deleteRecursively(Path path) {
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // already gone
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
