package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.internal.RivuletInternals;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.MapPartitionsRDD;
import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * An exchange: the child's rows redistributed by {@code partitioning}, through the engine's shuffle
 * ({@code RivuletInternals.shuffle}), so it is a stage boundary with the engine's map outputs, spills, fetch
 * failures and lineage recovery.
 *
 * <p>Map side: each batch's rows get their reduce partition, a column at a time (the hash of the key columns
 * ({@link RowHashing}), the range their sort keys fall in ({@link RangeBounds}, sampled when the lineage is built),
 * the next partition round-robin from a per-partition start, or 0 for a single partition); a counting sort groups
 * the positions by partition and one gather per partition makes a {@link PartitionedBatch} of its rows. The
 * shuffle moves them by partition and writes them with {@link BatchSerializer}, which merges the small pieces of
 * each reduce partition into full batches. Reduce side: the pieces are unwrapped and merged into batches of about
 * {@link ColumnBatch#DEFAULT_ROWS} rows.
 *
 * @param userSpecified made for {@code repartition} (kept as asked) rather than by {@link EnsureRequirements}
 *     (which may replace it when a parent needs another partitioning)
 */
public record ShuffleExchangeExec(Partitioning partitioning, PhysicalPlan child, boolean userSpecified)
        implements PhysicalPlan {
    public ShuffleExchangeExec {
        requireNonNull(partitioning, "partitioning is null");
        requireNonNull(child, "child is null");
        if (partitioning.numPartitions() <= 0) {
            throw new IllegalArgumentException("an exchange needs a partition count: " + partitioning);
        }
    }

    /** An exchange inserted to meet a requirement. */
    public ShuffleExchangeExec(Partitioning partitioning, PhysicalPlan child) {
        this(partitioning, child, false);
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(child);
    }

    @Override
    public PhysicalPlan withNewChildren(List<PhysicalPlan> children) {
        return new ShuffleExchangeExec(partitioning, children.get(0), userSpecified);
    }

    @Override
    public List<io.rivulet.sql.expr.AttributeReference> output() {
        return child.output();
    }

    @Override
    public Partitioning outputPartitioning() {
        return partitioning;
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        BaseRDD<ColumnBatch> input = child.execute(context);
        int n = partitioning.numPartitions();
        Splitter splitter = splitter(context, input);
        BaseRDD<PartitionedBatch> pieces = new MapPartitionsRDD<ColumnBatch, PartitionedBatch>(
                input,
                "exchange",
                (task, partition, batches) -> split(batches, splitter.forPartition(partition, context)),
                false);
        BaseRDD<PartitionedBatch> shuffled = RivuletInternals.shuffle(
                pieces, "exchange", n, PartitionedBatch::partition, new BatchSerializer(schema()));
        context.metrics().register(this);
        return new MapPartitionsRDD<PartitionedBatch, ColumnBatch>(
                shuffled,
                "Exchange",
                (task, partition, records) ->
                        context.metrics().track(this, task, partition, Batches.coalesce(unwrap(records))),
                false);
    }

    /** Gives the reduce partition of each row of a batch, in one task. */
    @FunctionalInterface
    interface RowPartitioner {
        /** The partition of each row, or null when every row goes to partition 0. */
        int[] partitionOf(ColumnBatch batch);
    }

    /** Makes a task's {@link RowPartitioner}; made on the driver, with the range bounds if any. */
    @FunctionalInterface
    interface Splitter {
        RowPartitioner forPartition(int mapPartition, ExecutionContext context);
    }

    private Splitter splitter(ExecutionContext context, BaseRDD<ColumnBatch> input) {
        int n = partitioning.numPartitions();
        if (partitioning instanceof Partitioning.Hash hash) {
            List<Expression> keys = Operators.bind(hash.expressions(), child.output());
            return (mapPartition, ctx) -> {
                EvalContext eval = ctx.evalContext(mapPartition);
                return batch -> {
                    ColumnBatch keyBatch = RangeBounds.keys(keys, batch, eval);
                    eval.advance(batch.numRows());
                    return RowHashing.partitions(
                            RowHashing.hash(keyBatch.columns(), batch.numRows()), batch.numRows(), n);
                };
            };
        }
        if (partitioning instanceof Partitioning.Range range && n > 1) {
            List<SortOrder> order = range.ordering();
            List<Expression> keys =
                    Operators.bind(order.stream().map(SortOrder::child).toList(), child.output());
            RangeBounds bounds = RangeBounds.sample(context, input, keys, order, n);
            return (mapPartition, ctx) -> {
                EvalContext eval = ctx.evalContext(mapPartition);
                return batch -> {
                    ColumnBatch keyBatch = RangeBounds.keys(keys, batch, eval);
                    eval.advance(batch.numRows());
                    return bounds.partitionOf(keyBatch);
                };
            };
        }
        if (partitioning instanceof Partitioning.RoundRobin && n > 1) {
            return (mapPartition, ctx) -> {
                int[] position = {new SplittableRandom(mapPartition * 0x9E3779B97F4A7C15L + 1).nextInt(n)};
                return batch -> {
                    int rows = batch.numRows();
                    int[] partitions = new int[rows];
                    int p = position[0];
                    for (int i = 0; i < rows; i++) {
                        partitions[i] = p;
                        p = p + 1 == n ? 0 : p + 1;
                    }
                    position[0] = p;
                    return partitions;
                };
            };
        }
        return (mapPartition, ctx) -> batch -> null;
    }

    /** Each batch's rows grouped into one piece per destination. */
    static Iterator<PartitionedBatch> split(Iterator<ColumnBatch> batches, RowPartitioner partitioner) {
        return new Iterator<>() {
            private final ArrayDeque<PartitionedBatch> ready = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && batches.hasNext()) {
                    ColumnBatch batch = batches.next();
                    if (batch.numRows() > 0) {
                        pieces(batch, partitioner.partitionOf(batch), ready);
                    }
                }
                return !ready.isEmpty();
            }

            @Override
            public PartitionedBatch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }
        };
    }

    /** A counting sort of the rows by partition, then one gather per non-empty partition. */
    static void pieces(ColumnBatch batch, int[] partitionOf, ArrayDeque<PartitionedBatch> out) {
        int rows = batch.numRows();
        if (partitionOf == null) {
            out.add(new PartitionedBatch(0, batch));
            return;
        }
        int max = 0;
        for (int p : partitionOf) {
            max = Math.max(max, p);
        }
        int[] starts = new int[max + 2];
        for (int p : partitionOf) {
            starts[p + 1]++;
        }
        for (int p = 0; p <= max; p++) {
            if (starts[p + 1] == rows) {
                out.add(new PartitionedBatch(p, batch)); // every row goes to one partition
                return;
            }
            starts[p + 1] += starts[p];
        }
        int[] positions = new int[rows];
        int[] next = java.util.Arrays.copyOf(starts, max + 1);
        for (int i = 0; i < rows; i++) {
            positions[next[partitionOf[i]]++] = i;
        }
        for (int p = 0; p <= max; p++) {
            int count = starts[p + 1] - starts[p];
            if (count > 0) {
                int[] mine = java.util.Arrays.copyOfRange(positions, starts[p], starts[p + 1]);
                out.add(new PartitionedBatch(p, batch.gather(mine, count)));
            }
        }
    }

    private static Iterator<ColumnBatch> unwrap(Iterator<PartitionedBatch> records) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public ColumnBatch next() {
                return records.next().batch();
            }
        };
    }

    @Override
    public String nodeString() {
        return "Exchange " + partitioning.describe();
    }
}
