package io.rivulet.io;

import static io.rivulet.util.Checks.checkArgument;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts input files into splits the way Hadoop's {@code FileInputFormat.getSplits} does, so a Rivulet job
 * over a file has the partitions a Spark job would have:
 *
 * <pre>
 * goalSize  = totalSize / minPartitions          (over all files)
 * splitSize = max(1, min(goalSize, maxPartitionBytes))
 * </pre>
 *
 * Each file is cut into {@code splitSize} pieces; the last piece may be up to {@value #SPLIT_SLOP} times
 * {@code splitSize}, so no tiny split trails a file. An empty file is one empty split (its partition has
 * no lines); a gzip file is one split, as a gzip stream can only be read from its beginning.
 */
public final class FileSplits {
    /** Hadoop's {@code SPLIT_SLOP}: how much larger than {@code splitSize} a file's last split may be. */
    static final double SPLIT_SLOP = 1.1;

    /** Partition indexes are ints; far fewer than this many tasks is already unreasonable. */
    private static final long MAX_PARTITIONS = Integer.MAX_VALUE;

    private FileSplits() {}

    public static List<FileSplit> plan(List<InputFile> files, int minPartitions, long maxPartitionBytes) {
        checkArgument(minPartitions > 0, "minPartitions must be positive: %s", minPartitions);
        checkArgument(maxPartitionBytes >= 0, "maxPartitionBytes must not be negative: %s", maxPartitionBytes);
        long totalSize = 0;
        for (InputFile file : files) {
            totalSize += file.size();
        }
        long splitSize = splitSize(totalSize, minPartitions, maxPartitionBytes);
        long count = 0;
        for (InputFile file : files) {
            count += maxSplits(file, splitSize);
        }
        checkArgument(
                count < MAX_PARTITIONS,
                "%s bytes in splits of %s bytes make %s partitions, too many: raise rivulet.files.maxPartitionBytes",
                totalSize,
                splitSize,
                count);
        List<FileSplit> splits = new ArrayList<>();
        for (InputFile file : files) {
            cut(file, splitSize, splits);
        }
        return splits;
    }

    static long splitSize(long totalSize, int minPartitions, long maxPartitionBytes) {
        long goalSize = totalSize / minPartitions;
        return Math.max(1, Math.min(goalSize, maxPartitionBytes));
    }

    /** At least the number of splits {@link #cut} makes of {@code file}: enough to refuse absurd plans early. */
    private static long maxSplits(InputFile file, long splitSize) {
        if (file.size() == 0 || file.isGzip()) {
            return 1;
        }
        return (file.size() + splitSize - 1) / splitSize;
    }

    private static void cut(InputFile file, long splitSize, List<FileSplit> splits) {
        long length = file.size();
        if (length == 0 || file.isGzip()) {
            splits.add(new FileSplit(file, 0, length));
            return;
        }
        long remaining = length;
        while ((double) remaining / splitSize > SPLIT_SLOP) {
            splits.add(new FileSplit(file, length - remaining, splitSize));
            remaining -= splitSize;
        }
        if (remaining != 0) {
            splits.add(new FileSplit(file, length - remaining, remaining));
        }
    }
}
