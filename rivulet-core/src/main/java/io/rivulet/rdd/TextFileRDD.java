package io.rivulet.rdd;

import static java.util.Objects.requireNonNull;

import io.rivulet.config.RivuletConfig;
import io.rivulet.io.FileSplit;
import io.rivulet.io.FileSplits;
import io.rivulet.io.InputFiles;
import io.rivulet.io.LineRecordReader;
import io.rivulet.task.TaskContext;
import java.util.Iterator;
import java.util.List;

/**
 * The lines of text files, one partition per {@link FileSplit}. The files are listed and split when the
 * RDD is made, so a missing path fails at {@code textFile(...)}; a partition's lines are read lazily, from
 * its own byte range only, when a task pulls them.
 */
public final class TextFileRDD extends BaseRDD<String> {

    private final String path;
    private final List<FileSplit> splits;
    private final int minPartitions;

    public TextFileRDD(RddServices services, String path, int minPartitions) {
        super(services, "textFile", List.of());
        this.path = requireNonNull(path, "path is null");
        this.minPartitions = minPartitions;
        long maxPartitionBytes = services.settings().get(RivuletConfig.FILES_MAX_PARTITION_BYTES);
        this.splits = List.copyOf(
                FileSplits.plan(InputFiles.list(path, InputFiles.VISIBLE), minPartitions, maxPartitionBytes));
        setName(path); // as Spark names it, so the lineage shows what was read
    }

    public String path() {
        return path;
    }

    /** The minimum number of partitions asked for. */
    public int minPartitions() {
        return minPartitions;
    }

    @Override
    protected Partition[] computePartitions() {
        Partition[] partitions = new Partition[splits.size()];
        for (int i = 0; i < partitions.length; i++) {
            partitions[i] = new FilePartition(i, splits.get(i));
        }
        return partitions;
    }

    @Override
    public Iterator<String> compute(Partition split, TaskContext context) {
        LineRecordReader reader = new LineRecordReader(((FilePartition) split).split());
        context.addCompletionCallback(reader); // closes the file however the task ends
        return context.readIterator(reader);
    }

    /** One split of one file. */
    record FilePartition(int index, FileSplit split) implements Partition {}
}
