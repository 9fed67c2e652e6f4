package io.rivulet.sql.datasource.file;

import io.rivulet.sql.sources.Filter;
import io.rivulet.sql.sources.FilterStrings;
import io.rivulet.sql.sources.InputPartition;
import io.rivulet.sql.sources.PartitionReader;
import io.rivulet.sql.sources.Scan;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One planned read of a {@link FileTable}: the partitions left after pruning, the filters applied (partition
 * filters by pruning, data filters by the format's parser) and the columns read. {@link #description()} is what
 * {@code explain} prints of it, as Spark's {@code FileScan}: {@code CsvScan [file:/data] ReadSchema: struct<a:int>,
 * PushedFilters: [...], PartitionFilters: [...]}.
 */
public final class FileScan implements Scan {
    private final FileTable table;
    private final FileFormat format;
    private final StructType readSchema;
    private final List<Filter> pushed;
    private final List<Filter> dataFilters;
    private final List<Filter> remaining;
    private final List<InputPartition> partitions;
    private final Options options;
    private final ZoneId zone;
    private final List<Filter> partitionFilters;
    private final int prunedFiles;
    private final StructType requiredData;

    FileScan(
            FileTable table,
            FileFormat format,
            StructType readSchema,
            List<Filter> pushed,
            List<Filter> dataFilters,
            List<Filter> remaining,
            List<FilePartition> partitions,
            Options options,
            ZoneId zone,
            List<Filter> partitionFilters,
            int prunedFiles) {
        this.table = table;
        this.format = format;
        this.readSchema = readSchema;
        this.pushed = List.copyOf(pushed);
        this.dataFilters = List.copyOf(dataFilters);
        this.remaining = List.copyOf(remaining);
        this.partitions = List.copyOf(partitions);
        this.options = options;
        this.zone = zone;
        this.partitionFilters = List.copyOf(partitionFilters);
        this.prunedFiles = prunedFiles;
        List<StructField> data = new ArrayList<>();
        for (StructField field : table.dataSchema().fields()) {
            if (readSchema.getFieldIndexCaseInsensitive(field.name()).isPresent()) {
                data.add(field);
            }
        }
        this.requiredData = new StructType(data);
    }

    @Override
    public StructType readSchema() {
        return readSchema;
    }

    @Override
    public List<Filter> pushedFilters() {
        return pushed;
    }

    @Override
    public List<Filter> remainingFilters() {
        return remaining;
    }

    @Override
    public List<InputPartition> partitions() {
        return partitions;
    }

    /** How many files the partition filters pruned. */
    public int prunedFiles() {
        return prunedFiles;
    }

    @Override
    public PartitionReader reader(InputPartition partition) {
        FileFormat.ReadContext context =
                new FileFormat.ReadContext(table.dataSchema(), requiredData, dataFilters, options, zone);
        return new FilePartitionReader(format, (FilePartition) partition, context, readSchema, table.partitionSchema());
    }

    /** {@code JsonScan [file:/data] ReadSchema: struct<a:bigint>, PushedFilters: [..], PartitionFilters: [..]}. */
    public String description() {
        String name = format.shortName().substring(0, 1).toUpperCase(Locale.ROOT)
                + format.shortName().substring(1);
        String roots = table.index().rootPaths().stream()
                .map(p -> "file:" + p)
                .distinct()
                .collect(Collectors.joining(", ", "[", "]"));
        return name + "Scan " + roots + " ReadSchema: " + readSchema.catalogString() + ", PushedFilters: "
                + FilterStrings.list(pushed)
                + (partitionFilters.isEmpty() ? "" : ", PartitionFilters: " + FilterStrings.list(partitionFilters))
                + ", Partitions: " + partitions.size();
    }

    @Override
    public String toString() {
        return description();
    }
}
