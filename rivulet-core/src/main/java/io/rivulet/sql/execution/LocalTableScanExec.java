package io.rivulet.sql.execution;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows the driver holds ({@code LocalRelation}): cut into {@code min(rows, defaultParallelism)} partitions of
 * about equal row counts, as Spark's {@code LocalTableScanExec}; one empty partition when there are no rows.
 * The batches are sliced, never converted.
 */
public record LocalTableScanExec(List<AttributeReference> output, List<ColumnBatch> batches, int numPartitions)
        implements PhysicalPlan {
    public LocalTableScanExec {
        output = List.copyOf(output);
        batches = List.copyOf(batches);
        if (numPartitions <= 0) {
            throw new IllegalArgumentException("numPartitions must be positive: " + numPartitions);
        }
    }

    /** The scan of {@code batches} over at most {@code parallelism} partitions. */
    public static LocalTableScanExec of(List<AttributeReference> output, List<ColumnBatch> batches, int parallelism) {
        long rows = 0;
        for (ColumnBatch batch : batches) {
            rows += batch.numRows();
        }
        return new LocalTableScanExec(output, batches, (int) Math.max(1, Math.min(rows, Math.max(1, parallelism))));
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of();
    }

    @Override
    public Partitioning outputPartitioning() {
        return numPartitions == 1 ? new Partitioning.Single() : new Partitioning.Unknown(numPartitions);
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        List<List<ColumnBatch>> slices = slices();
        context.metrics().register(this);
        return new SourceRDD<>(
                context.services(),
                "LocalTableScan",
                slices,
                (slice, index, task) -> context.metrics().track(this, task, index, slice.iterator()));
    }

    /** The batches of each partition: partition i has rows {@code [i * rows / n, (i + 1) * rows / n)}. */
    List<List<ColumnBatch>> slices() {
        long total = 0;
        for (ColumnBatch batch : batches) {
            total += batch.numRows();
        }
        List<List<ColumnBatch>> slices = new ArrayList<>(numPartitions);
        int batchIndex = 0;
        int rowInBatch = 0;
        for (int p = 0; p < numPartitions; p++) {
            long wanted = (p + 1) * total / numPartitions - p * total / numPartitions;
            List<ColumnBatch> slice = new ArrayList<>();
            while (wanted > 0) {
                ColumnBatch batch = batches.get(batchIndex);
                int take = (int) Math.min(wanted, batch.numRows() - rowInBatch);
                if (take > 0) {
                    slice.add(batch.slice(rowInBatch, rowInBatch + take));
                }
                rowInBatch += take;
                wanted -= take;
                if (rowInBatch == batch.numRows()) {
                    batchIndex++;
                    rowInBatch = 0;
                }
            }
            slices.add(slice);
        }
        return slices;
    }

    @Override
    public String nodeString() {
        return "LocalTableScan " + Operators.compactList(output);
    }
}
