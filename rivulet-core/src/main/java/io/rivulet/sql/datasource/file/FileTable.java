package io.rivulet.sql.datasource.file;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.sources.Filter;
import io.rivulet.sql.sources.Scan;
import io.rivulet.sql.sources.ScanRequest;
import io.rivulet.sql.sources.SourceRequest;
import io.rivulet.sql.sources.Table;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.Internal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A table of files of one format: the files listed when it was made ({@link FileIndex}), its data schema (given
 * or inferred) followed by the partition columns of its directories. A scan of it
 *
 * <ul>
 *   <li>prunes the files by the offered filters that read only partition columns (they are then reported as
 *       pushed: no row of a pruned directory can pass them, and every row of a kept one does);
 *   <li>hands the format the filters on data columns it can apply exactly while parsing;
 *   <li>leaves the others, and any filter that mixes both kinds, to the plan ({@code remainingFilters}).
 * </ul>
 *
 * Immutable; scans may be planned and read concurrently.
 */
public final class FileTable implements Table {
    private final FileFormat format;
    private final List<String> paths;
    private final FileIndex index;
    private final StructType dataSchema;
    private final StructType schema;
    private final Options options;
    private final SourceRequest.SessionSettings session;

    public FileTable(FileFormat format, SourceRequest request, FileIndex index, StructType dataSchema) {
        this.format = requireNonNull(format, "format is null");
        this.paths = request.paths();
        this.index = requireNonNull(index, "index is null");
        this.options = new Options(request.options());
        this.session = request.session();
        Set<String> partitionNames = lowerNames(index.partitionSchema());
        List<StructField> data = new ArrayList<>();
        for (StructField field : dataSchema.fields()) {
            if (!partitionNames.contains(field.name().toLowerCase(Locale.ROOT))) {
                data.add(field);
            }
        }
        this.dataSchema = new StructType(data);
        List<StructField> all = new ArrayList<>(data);
        all.addAll(index.partitionSchema().fieldList());
        this.schema = new StructType(all);
    }

    /** Lists the request's paths and makes the table, inferring the data schema through {@code format}. */
    public static FileTable create(FileFormat format, SourceRequest request) {
        Options options = new Options(request.options());
        FileIndex index = FileIndex.list(
                request.paths(),
                options,
                request.userSchema(),
                request.session().timeZone());
        StructType dataSchema = format.dataSchema(request, index.files());
        return new FileTable(format, request, index, dataSchema);
    }

    @Override
    public String description() {
        return format.shortName() + " " + paths;
    }

    @Override
    public StructType schema() {
        return schema;
    }

    public StructType dataSchema() {
        return dataSchema;
    }

    public StructType partitionSchema() {
        return index.partitionSchema();
    }

    public FileIndex index() {
        return index;
    }

    @Override
    public long estimatedSizeInBytes() {
        return Math.max(1, index.totalBytes());
    }

    @Override
    public Scan scan(ScanRequest request) {
        StructType partitionSchema = index.partitionSchema();
        Set<String> partitionNames = lowerNames(partitionSchema);
        Set<String> dataNames = lowerNames(dataSchema);
        List<Filter> partitionFilters = new ArrayList<>();
        List<Filter> dataFilters = new ArrayList<>();
        List<Filter> remaining = new ArrayList<>();
        for (Filter filter : request.filters()) {
            Set<String> references = lower(filter.references());
            if (!partitionNames.isEmpty() && partitionNames.containsAll(references) && prunable(filter)) {
                partitionFilters.add(filter);
            } else if (dataNames.containsAll(references)) {
                dataFilters.add(filter);
            } else {
                remaining.add(filter);
            }
        }
        List<Filter> supported = format.supportedFilters(dataFilters, dataSchema, options);
        for (Filter filter : dataFilters) {
            if (!supported.contains(filter)) {
                remaining.add(filter);
            }
        }
        List<SourceFile> kept = new ArrayList<>();
        for (SourceFile file : index.files()) {
            if (passes(partitionFilters, file)) {
                kept.add(file);
            }
        }
        List<FilePartition> partitions = FileSplitPlanner.plan(
                kept, format.splittable(options), session.maxPartitionBytes(), session.defaultParallelism());
        List<Filter> pushed = new ArrayList<>(partitionFilters);
        pushed.addAll(supported);
        return new FileScan(
                this,
                format,
                request.requiredSchema(),
                pushed,
                supported,
                remaining,
                partitions,
                options,
                session.timeZone(),
                partitionFilters,
                index.files().size() - kept.size());
    }

    /** Whether the filter can be evaluated over every file's partition values (types that compare). */
    private boolean prunable(Filter filter) {
        try {
            for (SourceFile file : index.files()) {
                FilterEvaluator.evaluate(filter, partitionValues(file));
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private boolean passes(List<Filter> filters, SourceFile file) {
        java.util.function.Function<String, Object> values = partitionValues(file);
        for (Filter filter : filters) {
            if (!FilterEvaluator.test(filter, values)) {
                return false;
            }
        }
        return true;
    }

    private java.util.function.Function<String, Object> partitionValues(SourceFile file) {
        StructType partitionSchema = index.partitionSchema();
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < partitionSchema.length(); i++) {
            StructField field = partitionSchema.field(i);
            Object internal = file.partitionValues().get(i);
            values.put(
                    field.name().toLowerCase(Locale.ROOT),
                    internal == null ? null : Internal.toExternal(field.dataType(), internal));
        }
        return name -> values.get(name.toLowerCase(Locale.ROOT));
    }

    static Set<String> lowerNames(StructType schema) {
        Set<String> names = new java.util.HashSet<>();
        for (StructField field : schema.fields()) {
            names.add(field.name().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static Set<String> lower(Set<String> names) {
        Set<String> lowered = new java.util.HashSet<>();
        for (String name : names) {
            lowered.add(name.toLowerCase(Locale.ROOT));
        }
        return lowered;
    }

    @Override
    public String toString() {
        return description();
    }
}
