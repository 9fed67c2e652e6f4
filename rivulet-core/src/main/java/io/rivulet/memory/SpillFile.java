package io.rivulet.memory;

import io.rivulet.serializer.ChunkedBytes;
import io.rivulet.serializer.Compression;
import io.rivulet.serializer.Serializer;
import io.rivulet.task.TaskContext;
import io.rivulet.util.Sneaky;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/**
 * A local file of serialized, compressed records in one or more segments (one per reduce partition for a
 * shuffle output, one in all for a sorted run), each readable on its own.
 */
public final class SpillFile {
    private static final int BUFFER = 64 * 1024;

    private final Path path;
    private final long[] offsets;
    private final long[] records;
    private final Serializer serializer;

    private SpillFile(Path path, long[] offsets, long[] records, Serializer serializer) {
        this.path = path;
        this.offsets = offsets;
        this.records = records;
        this.serializer = serializer;
    }

    /** Writes {@code segments} segments, the i-th holding the records of {@code segment.apply(i)}. */
    public static SpillFile write(Path path, Serializer serializer, int segments, IntFunction<Iterator<?>> segment) {
        long[] records = new long[segments];
        return writeSegments(path, serializer, records, (i, file) -> {
            Iterator<?> source = segment.apply(i);
            if (source.hasNext()) {
                try (OutputStream compressed = Compression.compress(new KeepOpen(file))) {
                    records[i] = serializer.writeAll(source, compressed);
                }
            }
        });
    }

    /**
     * Writes segments that {@code serializer} has serialized already ({@code records[i]} records in
     * {@code serialized[i]}), compressing them as {@link #write} does.
     */
    public static SpillFile writeSerialized(
            Path path, Serializer serializer, ChunkedBytes[] serialized, long[] records) {
        return writeSegments(path, serializer, records.clone(), (i, file) -> {
            if (records[i] > 0) {
                try (OutputStream compressed = Compression.compress(new KeepOpen(file))) {
                    serialized[i].writeTo(compressed);
                }
            }
        });
    }

    /** Writes one segment to the file; fills in its record count if the caller did not know it. */
    private interface SegmentWriter {
        void write(int segment, OutputStream file) throws IOException;
    }

    /**
     * The file of {@code records.length} segments that {@code writer} writes one after the other, noting
     * where each starts; a failure deletes the file.
     */
    private static SpillFile writeSegments(Path path, Serializer serializer, long[] records, SegmentWriter writer) {
        int segments = records.length;
        long[] offsets = new long[segments + 1];
        try (CountingOutputStream file =
                new CountingOutputStream(new BufferedOutputStream(Files.newOutputStream(path), BUFFER))) {
            for (int i = 0; i < segments; i++) {
                offsets[i] = file.count;
                writer.write(i, file);
            }
            offsets[segments] = file.count;
        } catch (IOException e) {
            deleteQuietly(path);
            throw new UncheckedIOException("cannot write spill file " + path, e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(path);
            throw e;
        }
        return new SpillFile(path, offsets, records, serializer);
    }

    /** The records of one segment, read lazily; the file is closed at the end or when the task ends. */
    public <T> Iterator<T> read(int segment, TaskContext context) {
        if (records[segment] == 0) {
            return Collections.emptyIterator();
        }
        return new Iterator<>() {
            private InputStream in;
            private Iterator<T> delegate;
            private long remaining = records[segment];

            @Override
            public boolean hasNext() {
                if (remaining == 0) {
                    close();
                    return false;
                }
                if (delegate == null) {
                    open();
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                remaining--;
                return delegate.next();
            }

            private void open() {
                try {
                    FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
                    channel.position(offsets[segment]);
                    // No buffer of its own: the decompressor holds a block, and a merge opens one reader per
                    // spilled run, so every buffer here is multiplied by the number of runs.
                    in = Compression.decompress(Channels.newInputStream(channel));
                    if (context != null) {
                        InputStream opened = in;
                        context.addCompletionCallback(opened::close);
                    }
                    delegate = serializer.readAll(in);
                } catch (IOException e) {
                    throw Sneaky.rethrow(new IOException("cannot read spill file " + path + ": " + e, e));
                }
            }

            private void close() {
                if (in != null) {
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    in = null;
                }
            }
        };
    }

    public long records(int segment) {
        return records[segment];
    }

    public long bytes(int segment) {
        return offsets[segment + 1] - offsets[segment];
    }

    public long totalBytes() {
        return offsets[offsets.length - 1];
    }

    public long totalRecords() {
        long total = 0;
        for (long r : records) {
            total += r;
        }
        return total;
    }

    public Path path() {
        return path;
    }

    public void delete() {
        deleteQuietly(path);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // The owning directory is deleted on close anyway.
        }
    }

    /** Counts bytes written, so segment offsets are known without asking the file. */
    private static final class CountingOutputStream extends FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Lets a segment's compressor finish its stream without closing the file under it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
