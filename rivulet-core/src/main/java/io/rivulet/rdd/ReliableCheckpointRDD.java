package io.rivulet.rdd;

import io.rivulet.Partitioner;
import io.rivulet.task.TaskContext;
import io.rivulet.util.Sneaky;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The partitions of a checkpointed RDD, read back from the files {@code checkpoint()} wrote with the engine's
 * serializer: one file per partition, {@code part-00000} and on, in the RDD's checkpoint directory. It has
 * no dependencies: the lineage ends here.
 */
final class ReliableCheckpointRDD<T> extends BaseRDD<T> {
    private final Path directory;
    private final int numPartitions;
    private final Optional<Partitioner> partitioner;

    ReliableCheckpointRDD(RddServices services, Path directory, int numPartitions, Optional<Partitioner> partitioner) {
        super(services, "checkpoint", List.of());
        this.directory = directory;
        this.numPartitions = numPartitions;
        this.partitioner = partitioner;
    }

    static Path partFile(Path directory, int partition) {
        return directory.resolve(String.format("part-%05d", partition));
    }

    @Override
    protected Partition[] computePartitions() {
        return IndexedPartition.range(numPartitions);
    }

    @Override
    public Iterator<T> compute(Partition split, TaskContext context) {
        Path file = partFile(directory, split.index());
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            context.addCompletionCallback(in);
            Iterator<T> records = services().serializer().readAll(in);
            return context.readIterator(records);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException(
                    "the checkpoint file " + file + " of " + this + " is missing: was it deleted?", e);
        } catch (IOException e) {
            throw Sneaky.rethrow(e);
        }
    }

    @Override
    public Optional<Partitioner> partitioner() {
        return partitioner;
    }
}
