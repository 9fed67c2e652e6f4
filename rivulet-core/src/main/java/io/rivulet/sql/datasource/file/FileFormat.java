package io.rivulet.sql.datasource.file;

import io.rivulet.sql.sources.Filter;
import io.rivulet.sql.sources.SourceRequest;
import io.rivulet.sql.types.StructType;
import java.io.Serializable;
import java.util.List;

/**
 * What one file format (JSON, CSV, text) adds to the shared file source ({@link FileTable}, {@link FileScan}):
 * its schema, whether its files can be split at line boundaries, which filters it applies while parsing, how it
 * reads a split into batches and how it writes rows. Serializable: scans and write jobs carry it to the tasks, with
 * the options.
 */
public interface FileFormat extends Serializable {
    /** {@code json}, as {@code explain} names the scan. */
    String shortName();

    /** The schema of the files' data (partition columns apart): the user's, the format's own, or inferred. */
    StructType dataSchema(SourceRequest request, List<SourceFile> files);

    /** Whether files can be cut at line boundaries (not for {@code multiLine} or {@code wholetext}). */
    boolean splittable(Options options);

    /**
     * The filters among {@code filters} (on data columns only) that the reader applies exactly while parsing:
     * rows failing them never reach a batch, so the plan need not apply them again.
     */
    default List<Filter> supportedFilters(List<Filter> filters, StructType dataSchema, Options options) {
        return List.of();
    }

    /**
     * A reader of one split's rows: batches of the {@code required} columns of {@code dataSchema} (in its order),
     * keeping only the rows that pass {@code filters} (those {@link #supportedFilters} accepted).
     */
    SplitReader reader(FileSplit split, ReadContext context);

    /** A writer of one output file of rows of {@code schema}; see {@link FormatWriter}. */
    FormatWriter.Factory writerFactory(StructType schema, Options options, java.time.ZoneId zone);

    /** What a reader of a split needs: the schemas, the filters to apply, the options and the session's zone. */
    record ReadContext(
            StructType dataSchema, StructType required, List<Filter> filters, Options options, java.time.ZoneId zone)
            implements Serializable {}
}
