package io.rivulet.sql.datasource.file;

import io.rivulet.sql.sources.InputPartition;
import java.util.List;

/** The splits one task reads, in order: a large file's piece, or several small files packed together. */
public record FilePartition(int index, List<FileSplit> splits) implements InputPartition {
    public FilePartition {
        splits = List.copyOf(splits);
    }

    @Override
    public long estimatedBytes() {
        long bytes = 0;
        for (FileSplit split : splits) {
            bytes += split.length();
        }
        return bytes;
    }
}
