package io.rivulet.sql.datasource.file;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a table's files into the partitions of a scan, as Spark's {@code FilePartition.getFilePartitions}: the
 * split size is {@code min(maxPartitionBytes, max(openCostInBytes, totalBytes / defaultParallelism))}; a splittable
 * file is cut into pieces of that size (the last up to 1.1 times it, as Hadoop's {@code SPLIT_SLOP}), a compressed
 * or multi-line one is one split; splits are packed in order into partitions of at most the split size, each file
 * counting {@code openCostInBytes} (4 MiB) more than its bytes. (Spark sorts the splits by size first; keeping the
 * files' order keeps the rows in the order of the files.)
 */
public final class FileSplitPlanner {
    static final long OPEN_COST_IN_BYTES = 4L * 1024 * 1024;
    static final double SPLIT_SLOP = 1.1;

    private FileSplitPlanner() {}

    public static List<FilePartition> plan(
            List<SourceFile> files, boolean splittable, long maxPartitionBytes, int defaultParallelism) {
        long total = 0;
        for (SourceFile file : files) {
            total += file.size() + OPEN_COST_IN_BYTES;
        }
        long bytesPerCore = total / Math.max(1, defaultParallelism);
        long splitSize = Math.max(1, Math.min(maxPartitionBytes, Math.max(OPEN_COST_IN_BYTES, bytesPerCore)));
        List<FileSplit> splits = new ArrayList<>();
        for (SourceFile file : files) {
            if (!splittable || file.isCompressed() || file.size() <= splitSize) {
                splits.add(new FileSplit(file, 0, file.size(), true));
            } else {
                cut(file, splitSize, splits);
            }
        }
        return pack(splits, splitSize);
    }

    private static void cut(SourceFile file, long splitSize, List<FileSplit> splits) {
        long length = file.size();
        long remaining = length;
        while ((double) remaining / splitSize > SPLIT_SLOP) {
            splits.add(new FileSplit(file, length - remaining, splitSize, false));
            remaining -= splitSize;
        }
        if (remaining != 0) {
            splits.add(new FileSplit(file, length - remaining, remaining, false));
        }
    }

    private static List<FilePartition> pack(List<FileSplit> splits, long splitSize) {
        List<FilePartition> partitions = new ArrayList<>();
        List<FileSplit> current = new ArrayList<>();
        long currentSize = 0;
        for (FileSplit split : splits) {
            if (!current.isEmpty() && currentSize + split.length() > splitSize) {
                partitions.add(new FilePartition(partitions.size(), current));
                current = new ArrayList<>();
                currentSize = 0;
            }
            current.add(split);
            currentSize += split.length() + OPEN_COST_IN_BYTES;
        }
        if (!current.isEmpty()) {
            partitions.add(new FilePartition(partitions.size(), current));
        }
        return partitions;
    }
}
