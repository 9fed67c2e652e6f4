package io.rivulet.sql.datasource.file;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One file of a table: its absolute path, its size when listed, and the values of the table's partition columns
 * for it (internal values, in the order of the partition schema; nulls allowed), from its directories.
 */
public record SourceFile(String path, long size, List<Object> partitionValues) implements Serializable {
    public SourceFile {
        requireNonNull(path, "path is null");
        partitionValues = Collections.unmodifiableList(new ArrayList<>(partitionValues));
    }

    /** Whether the file is compressed (by its name, as Hadoop's codec factory decides): read whole. */
    public boolean isCompressed() {
        return Compression.ofFileName(path) != Compression.NONE;
    }

    /** {@code file:/data/a.json}, as Spark names files in errors. */
    public String uri() {
        return "file:" + path;
    }
}
