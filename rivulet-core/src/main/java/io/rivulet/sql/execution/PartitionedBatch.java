package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.memory.SizeAware;
import io.rivulet.sql.vector.ColumnBatch;

/**
 * A record of an exchange: the rows of a batch that go to reduce partition {@code partition}. The map side makes
 * one per batch and destination, the shuffle moves it by {@link #partition()}, the reduce side unwraps it.
 */
public record PartitionedBatch(int partition, ColumnBatch batch) implements SizeAware {
    public PartitionedBatch {
        requireNonNull(batch, "batch is null");
    }

    @Override
    public long estimatedSize() {
        return 24 + batch.estimatedBytes();
    }
}
