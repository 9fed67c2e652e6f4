package io.rivulet.rdd;

import static java.util.Objects.requireNonNull;

import io.rivulet.io.InputFile;
import io.rivulet.io.InputFiles;
import io.rivulet.io.ObjectFileReader;
import io.rivulet.task.TaskContext;
import java.util.Iterator;
import java.util.List;

/**
 * The records that {@code saveAsObjectFile} wrote: one partition per part file, in name order. The path may
 * be such a directory, a part file, a glob or a comma-separated list of these; the files are listed when
 * the RDD is made, so a missing path fails at {@code objectFile(...)}.
 */
public final class ObjectFileRDD<T> extends BaseRDD<T> {
    private final String path;
    private final List<InputFile> files;

    public ObjectFileRDD(RddServices services, String path) {
        super(services, "objectFile", List.of());
        this.path = requireNonNull(path, "path is null");
        this.files = List.copyOf(InputFiles.list(path, InputFiles.PART_FILES));
        setName(path);
    }

    public String path() {
        return path;
    }

    @Override
    protected Partition[] computePartitions() {
        Partition[] partitions = new Partition[files.size()];
        for (int i = 0; i < partitions.length; i++) {
            partitions[i] = new FilePartition(i, files.get(i));
        }
        return partitions;
    }

    @Override
    public Iterator<T> compute(Partition split, TaskContext context) {
        ObjectFileReader<T> reader = new ObjectFileReader<>(
                ((FilePartition) split).file(), services().objectFileSerializer());
        context.addCompletionCallback(reader); // closes the file however the task ends
        return context.readIterator(reader);
    }

    /** One part file. */
    record FilePartition(int index, InputFile file) implements Partition {}
}
