package io.rivulet.sql.execution.aggregate;

import static java.util.Objects.requireNonNull;

import io.rivulet.memory.TempFiles;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.BatchCodec;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.task.TaskContext;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A spilled run: column batches written one after the other to a local file in {@link BatchCodec}'s format
 * (columnar, LZ4), read back in the same order as many times as wanted. What sorts, aggregations and joins
 * spill.
 *
 * <p>Files: made by the task's {@link TempFiles} (under {@code rivulet.local.dir}); deleted by {@link #delete},
 * and in any case when the task ends, however it ends (a completion callback), so that a failed or killed task
 * leaves no file behind. Readers opened by a task are closed when it ends too.
 */
public final class BatchRun {
    private static final int BUFFER = 64 * 1024;

    private final Path path;
    private final StructType schema;
    private final long rows;
    private final int batches;
    private final long bytes;

    private BatchRun(Path path, StructType schema, long rows, int batches, long bytes) {
        this.path = path;
        this.schema = schema;
        this.rows = rows;
        this.batches = batches;
        this.bytes = bytes;
    }

    /** Writes batches to a new file of the task; {@link #finish} gives the run. */
    public static Writer writer(TempFiles files, String prefix, StructType schema, TaskContext context) {
        return new Writer(files.newFile(prefix), schema, context);
    }

    /** Writes the run's batches; a failure deletes the file. Not thread-safe. */
    public static final class Writer {
        private final Path path;
        private final StructType schema;
        private final OutputStream out;
        private long rows;
        private int batches;

        private Writer(Path path, StructType schema, TaskContext context) {
            this.path = requireNonNull(path, "path is null");
            this.schema = requireNonNull(schema, "schema is null");
            if (context != null) {
                context.addCompletionCallback(() -> Files.deleteIfExists(path));
            }
            try {
                this.out = new BufferedOutputStream(Files.newOutputStream(path), BUFFER);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write spill file " + path, e);
            }
        }

        public void write(ColumnBatch batch) {
            if (batch.numRows() == 0) {
                return;
            }
            try {
                BatchCodec.write(batch, schema, out);
            } catch (IOException e) {
                abort();
                throw new UncheckedIOException("cannot write spill file " + path, e);
            }
            rows += batch.numRows();
            batches++;
        }

        public BatchRun finish() {
            try {
                out.close();
                return new BatchRun(path, schema, rows, batches, Files.size(path));
            } catch (IOException e) {
                abort();
                throw new UncheckedIOException("cannot write spill file " + path, e);
            }
        }

        private void abort() {
            try {
                out.close();
            } catch (IOException ignored) {
                // the file goes anyway
            }
            deleteQuietly(path);
        }
    }

    public long rows() {
        return rows;
    }

    public int batches() {
        return batches;
    }

    public long bytes() {
        return bytes;
    }

    /** The run's batches, read lazily; the file is closed at the end, or when the task ends. */
    public Iterator<ColumnBatch> read(TaskContext context) {
        return new Iterator<>() {
            private InputStream in;
            private int remaining = batches;

            @Override
            public boolean hasNext() {
                if (remaining == 0) {
                    close();
                }
                return remaining > 0;
            }

            @Override
            public ColumnBatch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    if (in == null) {
                        in = new BufferedInputStream(Files.newInputStream(path), BUFFER);
                        if (context != null) {
                            InputStream opened = in;
                            context.addCompletionCallback(opened::close);
                        }
                    }
                    ColumnBatch batch = BatchCodec.read(in, schema);
                    if (batch == null) {
                        throw new IllegalStateException(
                                "spill file " + path + " ended " + remaining + " batches early");
                    }
                    remaining--;
                    return batch;
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read spill file " + path, e);
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

    public void delete() {
        deleteQuietly(path);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // The owning directory goes when the Rivulet closes.
        }
    }
}
