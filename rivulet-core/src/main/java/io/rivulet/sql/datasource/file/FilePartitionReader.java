package io.rivulet.sql.datasource.file;

import io.rivulet.sql.sources.PartitionReader;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;
import io.rivulet.task.TaskContext;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalInt;

/**
 * Reads the splits of one {@link FilePartition} in order through the format's {@link SplitReader}s, and adds the
 * partition columns of each split's file as constant columns, so that batches have the scan's read schema. Counts
 * the rows read in the task's metrics. Not thread-safe: one task owns it.
 */
final class FilePartitionReader implements PartitionReader {
    private final FileFormat format;
    private final FilePartition partition;
    private final FileFormat.ReadContext context;
    private final StructType readSchema;
    private final StructType partitionSchema;
    /** For each read column: its index in the data batch, or -1 - its index among the partition columns. */
    private final int[] sources;

    private int nextSplit;
    private SplitReader current;
    private FileSplit currentSplit;
    private ColumnBatch next;

    FilePartitionReader(
            FileFormat format,
            FilePartition partition,
            FileFormat.ReadContext context,
            StructType readSchema,
            StructType partitionSchema) {
        this.format = format;
        this.partition = partition;
        this.context = context;
        this.readSchema = readSchema;
        this.partitionSchema = partitionSchema;
        this.sources = new int[readSchema.length()];
        for (int i = 0; i < sources.length; i++) {
            String name = readSchema.field(i).name();
            OptionalInt data = context.required().getFieldIndexCaseInsensitive(name);
            if (data.isPresent()) {
                sources[i] = data.getAsInt();
            } else {
                OptionalInt column = partitionSchema.getFieldIndexCaseInsensitive(name);
                if (column.isEmpty()) {
                    throw new IllegalArgumentException("column `" + name + "` is not in the table");
                }
                sources[i] = -1 - column.getAsInt();
            }
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (current == null) {
                if (nextSplit == partition.splits().size()) {
                    return false;
                }
                currentSplit = partition.splits().get(nextSplit++);
                current = format.reader(currentSplit, context);
            }
            ColumnBatch data = current.next();
            if (data == null) {
                closeCurrent();
            } else if (data.numRows() > 0) {
                next = withPartitionColumns(data, currentSplit.file());
                TaskContext task = TaskContext.current();
                if (task != null) {
                    task.metrics().incRecordsRead(data.numRows());
                }
            }
        }
        return true;
    }

    @Override
    public ColumnBatch next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ColumnBatch batch = next;
        next = null;
        return batch;
    }

    private ColumnBatch withPartitionColumns(ColumnBatch data, SourceFile file) {
        if (partitionSchema.length() == 0 && sources.length == data.numColumns()) {
            return data;
        }
        List<ColumnVector> columns = new ArrayList<>(sources.length);
        for (int source : sources) {
            if (source >= 0) {
                columns.add(data.column(source));
            } else {
                StructField field = partitionSchema.field(-1 - source);
                columns.add(constant(field, file.partitionValues().get(-1 - source), data.numRows()));
            }
        }
        return new ColumnBatch(data.numRows(), columns);
    }

    private static ColumnVector constant(StructField field, Object internal, int rows) {
        VectorBuilder builder = VectorBuilder.forType(field.dataType(), rows);
        for (int i = 0; i < rows; i++) {
            builder.appendInternal(internal);
        }
        return builder.build();
    }

    private void closeCurrent() {
        SplitReader reader = current;
        current = null;
        if (reader != null) {
            reader.close();
        }
    }

    @Override
    public void close() {
        next = null;
        nextSplit = partition.splits().size();
        closeCurrent();
    }
}
