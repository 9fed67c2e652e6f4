package io.rivulet.io;

import static io.rivulet.util.Checks.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A byte range {@code [start, start + length)} of one input file, read by one task. Lines are assigned to
 * splits by where they start (see {@link LineRecordReader}), so a split's lines may run past its end.
 */
public record FileSplit(InputFile file, long start, long length) {
    public FileSplit {
        requireNonNull(file, "file is null");
        checkArgument(start >= 0 && length >= 0, "bad split of %s: start %s, length %s", file.path(), start, length);
    }

    public long end() {
        return start + length;
    }

    /** {@code /data/a.txt:0+33554432}, as Hadoop prints splits. */
    @Override
    public String toString() {
        return file.path() + ":" + start + "+" + length;
    }
}
