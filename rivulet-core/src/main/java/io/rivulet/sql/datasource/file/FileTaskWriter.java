package io.rivulet.sql.datasource.file;

import io.rivulet.sql.sources.WriteJob;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.ValueFormatter;
import io.rivulet.storage.LocalDirs;
import io.rivulet.task.TaskContext;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One task attempt of a {@link FileWriteJob}: writes its rows to files in its own attempt directory, one file per
 * partition directory ({@code partitionBy}) opened when its first row comes, and on commit renames the directory
 * to the task's. Not thread-safe: one task owns it.
 */
final class FileTaskWriter implements WriteJob.TaskWriter {
    private final FileWriteJob job;
    private final int partition;
    private final Path attemptDir;
    private final String taskDirectory;
    private final Map<String, OpenFile> open = new LinkedHashMap<>();
    private final ValueFormatter formatter;
    private long rows;

    FileTaskWriter(FileWriteJob job, int partition, int attempt) {
        this.job = job;
        this.partition = partition;
        this.attemptDir = job.staging().resolve("attempt-" + partition + "-" + attempt);
        this.taskDirectory = "task-" + partition;
        this.formatter = ValueFormatter.cast(job.zone());
    }

    private record OpenFile(String relative, OutputStream stream, FormatWriter writer) {}

    /** What a committed task wrote: its directory in the staging area and its files, relative to it. */
    record Committed(int partition, String taskDirectory, List<String> files, long rows)
            implements WriteJob.TaskCommit {
        Committed {
            files = List.copyOf(files);
        }
    }

    @Override
    public void write(ColumnBatch batch) {
        if (batch.numRows() == 0) {
            return;
        }
        ColumnBatch data = batch.project(job.dataColumns());
        try {
            if (job.partitionColumns().length == 0) {
                int[] all = new int[batch.numRows()];
                Arrays.setAll(all, i -> i);
                file("").writer().write(data, all, all.length);
            } else {
                writePartitioned(batch, data);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + attemptDir + ": " + e.getMessage(), e);
        }
        rows += batch.numRows();
    }

    private void writePartitioned(ColumnBatch batch, ColumnBatch data) throws IOException {
        Map<String, int[]> groups = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int row = 0; row < batch.numRows(); row++) {
            String dir = directory(batch, row);
            int[] rowsOfDir = groups.computeIfAbsent(dir, d -> new int[batch.numRows()]);
            int count = counts.getOrDefault(dir, 0);
            rowsOfDir[count] = row;
            counts.put(dir, count + 1);
        }
        for (Map.Entry<String, int[]> group : groups.entrySet()) {
            file(group.getKey()).writer().write(data, group.getValue(), counts.get(group.getKey()));
        }
    }

    /** {@code year=2024/month=1/}: the directory of a row's partition values, escaped as Spark's. */
    private String directory(ColumnBatch batch, int row) {
        StringBuilder dir = new StringBuilder();
        for (int column : job.partitionColumns()) {
            StructField field = job.schema().field(column);
            ColumnVector vector = batch.column(column);
            String value = vector.isNull(row) ? null : formatter.format(vector.get(row), field.dataType());
            dir.append(PartitionPaths.directory(field.name(), value)).append('/');
        }
        return dir.toString();
    }

    private OpenFile file(String dir) throws IOException {
        OpenFile file = open.get(dir);
        if (file == null) {
            String relative = dir + job.fileName(partition, open.size());
            Path path = attemptDir.resolve(relative);
            Files.createDirectories(path.getParent());
            OutputStream raw = new BufferedOutputStream(
                    Files.newOutputStream(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 64 * 1024);
            OutputStream stream;
            try {
                stream = job.compression().compress(raw);
            } catch (IOException | RuntimeException e) {
                raw.close();
                throw e;
            }
            file = new OpenFile(relative, stream, job.factory().open(stream));
            open.put(dir, file);
        }
        return file;
    }

    @Override
    public WriteJob.TaskCommit commit() {
        List<String> files = new ArrayList<>();
        try {
            for (OpenFile file : open.values()) {
                file.writer().close();
                file.stream().close();
                files.add(file.relative());
            }
            open.clear();
            Path taskDir = job.staging().resolve(taskDirectory);
            if (Files.exists(attemptDir)) {
                LocalDirs.deleteRecursively(taskDir); // an earlier attempt that committed and then failed
                Files.move(attemptDir, taskDir, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot commit the task's files in " + attemptDir + ": " + e.getMessage(), e);
        }
        TaskContext context = TaskContext.current();
        if (context != null) {
            context.metrics().incRecordsWritten(rows);
        }
        return new Committed(partition, taskDirectory, files, rows);
    }

    @Override
    public void abort() {
        for (OpenFile file : open.values()) {
            try {
                file.stream().close();
            } catch (IOException | RuntimeException e) {
                // the directory goes anyway
            }
        }
        open.clear();
        if (Files.exists(attemptDir)) {
            LocalDirs.deleteRecursively(attemptDir);
        }
    }
}
