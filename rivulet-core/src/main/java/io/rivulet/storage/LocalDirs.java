package io.rivulet.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one owner of Rivulet's temporary files: a directory {@code rivulet-<random>} under
 * {@code rivulet.local.dir}, created on first use and deleted, with everything in it, by {@link #close()}.
 */
public final class LocalDirs implements AutoCloseable {
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
                root = Files.createTempDirectory(base, "rivulet-");
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot create a local directory under " + base
                                + " (set rivulet.local.dir to a writable directory)",
                        e);
            }
        }
        return root;
    }

    /** A fresh path (not created) for a new file, named after what it holds. */
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
