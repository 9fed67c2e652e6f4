package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code dropDuplicates(keys)} (a {@code Deduplicate} the optimizer left): the first row met of each distinct value
 * of {@code keys}, all columns kept. In two steps, as an aggregation: a {@code partial} one in each input partition
 * (fewer rows to exchange), then, after the exchange that clusters the keys, the final one. Keys are equal as in
 * grouping (nulls equal, NaN equal, {@code -0.0} equal to {@code 0.0}); the distinct keys of a partition are held in
 * memory (not spilled).
 */
public record DeduplicateExec(List<Expression> keys, boolean partial, PhysicalPlan child) implements PhysicalPlan {
    public DeduplicateExec {
        keys = List.copyOf(keys);
        requireNonNull(child, "child is null");
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(child);
    }

    @Override
    public PhysicalPlan withNewChildren(List<PhysicalPlan> children) {
        return new DeduplicateExec(keys, partial, children.get(0));
    }

    @Override
    public List<AttributeReference> output() {
        return child.output();
    }

    @Override
    public List<Distribution> requiredChildDistribution() {
        if (partial) {
            return List.of(Distribution.UNSPECIFIED);
        }
        return List.of(keys.isEmpty() ? Distribution.ALL_TUPLES : new Distribution.Clustered(keys));
    }

    @Override
    public Partitioning outputPartitioning() {
        return child.outputPartitioning();
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        List<Expression> bound = Operators.bind(keys, child.output());
        ColumnOrdering equality = RangeBounds.keyOrdering(
                keys.stream().map(io.rivulet.sql.expr.SortOrder::asc).toList());
        return Operators.mapPartitions(context, this, child.execute(context), (task, partition, input) -> {
            EvalContext eval = context.evalContext(partition);
            Seen seen = new Seen(equality);
            return Batches.coalesce(ProjectExec.map(input, batch -> {
                ColumnBatch keyBatch = RangeBounds.keys(bound, batch, eval);
                eval.advance(batch.numRows());
                return seen.firsts(batch, keyBatch);
            }));
        });
    }

    /** The distinct keys met so far in one task, by hash. */
    private static final class Seen {
        private final ColumnOrdering equality;
        private final List<ColumnBatch> keptKeys = new ArrayList<>();
        private final Map<Long, List<Long>> byHash = new HashMap<>();

        Seen(ColumnOrdering equality) {
            this.equality = equality;
        }

        /** The rows of {@code batch} whose keys were not met before (nor earlier in the batch). */
        ColumnBatch firsts(ColumnBatch batch, ColumnBatch keys) {
            int rows = batch.numRows();
            long[] hashes = RowHashing.hash(keys.columns(), rows);
            int[] positions = new int[rows];
            int count = 0;
            int batchIndex = keptKeys.size();
            keptKeys.add(keys); // compared against while this batch is scanned; replaced by its kept rows below
            for (int i = 0; i < rows; i++) {
                List<Long> candidates = byHash.computeIfAbsent(hashes[i], h -> new ArrayList<>(1));
                if (!contains(candidates, keys, i)) {
                    candidates.add(((long) batchIndex << 32) | i);
                    positions[count++] = i;
                }
            }
            // Keep only the new keys' rows: re-point their entries at the gathered batch.
            ColumnBatch kept = keys.gather(positions, count);
            keptKeys.set(batchIndex, kept);
            for (int j = 0; j < count; j++) {
                List<Long> candidates = byHash.get(hashes[positions[j]]);
                int at = candidates.lastIndexOf(((long) batchIndex << 32) | positions[j]);
                candidates.set(at, ((long) batchIndex << 32) | j);
            }
            return count == rows ? batch : batch.gather(positions, count);
        }

        private boolean contains(List<Long> candidates, ColumnBatch keys, int row) {
            for (long entry : candidates) {
                ColumnBatch other = keptKeys.get((int) (entry >>> 32));
                if (equality.compare(other, (int) entry, keys, row) == 0) {
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public String nodeString() {
        return (partial ? "PartialDeduplicate " : "Deduplicate ") + Operators.list(keys);
    }
}
