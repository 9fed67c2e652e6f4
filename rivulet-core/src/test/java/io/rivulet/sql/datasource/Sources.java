package io.rivulet.sql.datasource;

import io.rivulet.sql.Row;
import io.rivulet.sql.SaveMode;
import io.rivulet.sql.sources.Filter;
import io.rivulet.sql.sources.InputPartition;
import io.rivulet.sql.sources.PartitionReader;
import io.rivulet.sql.sources.Scan;
import io.rivulet.sql.sources.ScanRequest;
import io.rivulet.sql.sources.SourceRequest;
import io.rivulet.sql.sources.Table;
import io.rivulet.sql.sources.WriteJob;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.RowBatches;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Drives the file sources through the SPI in tests, without the planner: tables, scans, readers, write jobs. */
final class Sources {
    static final ZoneId UTC = ZoneOffset.UTC;

    private final String format;
    private final Map<String, String> options = new LinkedHashMap<>();
    private Optional<StructType> schema = Optional.empty();
    private long maxPartitionBytes = 32L << 20;
    private List<String> partitionBy = List.of();
    private SaveMode mode = SaveMode.ERROR_IF_EXISTS;

    private Sources(String format) {
        this.format = format;
    }

    static Sources of(String format) {
        return new Sources(format);
    }

    Sources option(String key, String value) {
        options.put(key, value);
        return this;
    }

    Sources schema(StructType given) {
        this.schema = Optional.of(given);
        return this;
    }

    Sources maxPartitionBytes(long bytes) {
        this.maxPartitionBytes = bytes;
        return this;
    }

    Sources partitionBy(String... columns) {
        this.partitionBy = List.of(columns);
        return this;
    }

    Sources mode(SaveMode saveMode) {
        this.mode = saveMode;
        return this;
    }

    SourceRequest request(String... paths) {
        return new SourceRequest(
                Arrays.asList(paths),
                options,
                schema,
                partitionBy,
                mode,
                new SourceRequest.SessionSettings(UTC, maxPartitionBytes, 2, true));
    }

    Table table(Path... paths) {
        String[] names = Arrays.stream(paths).map(Path::toString).toArray(String[]::new);
        return DataSources.lookup(format).table(request(names));
    }

    /** Every row of the table's scan of all its columns. */
    List<Row> read(Path... paths) {
        Table table = table(paths);
        return rows(table.scan(new ScanRequest(table.schema(), List.of())));
    }

    static List<Row> rows(Scan scan) {
        List<Row> rows = new ArrayList<>();
        for (InputPartition partition : scan.partitions()) {
            try (PartitionReader reader = scan.reader(partition)) {
                while (reader.hasNext()) {
                    rows.addAll(RowBatches.toRows(reader.next(), scan.readSchema()));
                }
            }
        }
        return rows;
    }

    static long count(Scan scan) {
        long count = 0;
        for (InputPartition partition : scan.partitions()) {
            try (PartitionReader reader = scan.reader(partition)) {
                while (reader.hasNext()) {
                    count += reader.next().numRows();
                }
            }
        }
        return count;
    }

    static StructType select(StructType schema, String... names) {
        List<StructField> fields = new ArrayList<>();
        for (StructField field : schema.fields()) {
            if (Arrays.asList(names).contains(field.name())) {
                fields.add(field);
            }
        }
        return new StructType(fields);
    }

    /** Writes {@code rows} of {@code schema} in {@code partitions} tasks through the write job, on this thread. */
    void write(Path output, StructType rowSchema, List<Row> rows, int partitions) {
        WriteJob job = DataSources.lookup(format)
                .writeJob(request(output.toString()), rowSchema)
                .orElseThrow();
        List<WriteJob.TaskCommit> commits = new ArrayList<>();
        try {
            int per = Math.max(1, (rows.size() + partitions - 1) / partitions);
            for (int p = 0; p < partitions; p++) {
                WriteJob.TaskWriter writer = job.taskWriter(p, p, 0);
                List<Row> part = rows.subList(Math.min(rows.size(), p * per), Math.min(rows.size(), (p + 1) * per));
                if (!part.isEmpty()) {
                    writer.write(RowBatches.toBatch(part, rowSchema));
                }
                commits.add(writer.commit());
            }
            job.commit(commits);
        } catch (RuntimeException e) {
            job.abort();
            throw e;
        }
    }

    static List<Object> column(List<Row> rows, int index) {
        List<Object> values = new ArrayList<>();
        for (Row row : rows) {
            values.add(row.get(index));
        }
        return values;
    }

    static ColumnVector first(ColumnBatch batch) {
        return batch.column(0);
    }

    static List<Filter> filters(Filter... filters) {
        return List.of(filters);
    }
}
