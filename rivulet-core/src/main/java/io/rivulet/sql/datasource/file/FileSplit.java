package io.rivulet.sql.datasource.file;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * A byte range {@code [start, start + length)} of one file, read by one task; {@code whole} when the file is read
 * from its beginning to its end whatever the range says (compressed files, multi-line formats). Lines belong to
 * the split in which they start, as Hadoop's {@code LineRecordReader} decides ({@link SplitInput}).
 */
public record FileSplit(SourceFile file, long start, long length, boolean whole) implements Serializable {
    public FileSplit {
        requireNonNull(file, "file is null");
    }

    public long end() {
        return start + length;
    }

    /** {@code /data/a.csv:0+33554432}, as Hadoop prints splits. */
    @Override
    public String toString() {
        return file.path() + ":" + start + "+" + length;
    }
}
