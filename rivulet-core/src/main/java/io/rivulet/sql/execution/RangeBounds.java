package io.rivulet.sql.execution;

import io.rivulet.internal.RivuletInternals;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The bounds of a range exchange, chosen as Spark's {@code RangePartitioner} chooses them: a job samples each input
 * partition's sort keys (a reservoir of {@code 3 * 20 * partitions / inputPartitions} rows, with the count seen),
 * the driver sorts the samples, each weighted by its partition's rows per sample, and takes {@code partitions - 1}
 * bounds at equal steps of cumulative weight, skipping repeats so that no two bounds are equal. Row {@code r} then
 * goes to partition {@code p}, the number of bounds that sort before it ({@link #partitionOf}).
 *
 * <p>The bounds are a batch of the key columns; the sampling job runs when the exchange's lineage is built (as in
 * Spark), computing the child once more.
 */
final class RangeBounds {
    private static final int SAMPLE_PER_PARTITION = 20;
    private static final int MAX_SAMPLE = 1_000_000;

    private final ColumnBatch bounds;
    private final ColumnOrdering ordering;

    private RangeBounds(ColumnBatch bounds, ColumnOrdering ordering) {
        this.bounds = bounds;
        this.ordering = ordering;
    }

    /** The ordering of key batches (key k in column k) by {@code order}. */
    static ColumnOrdering keyOrdering(List<SortOrder> order) {
        int k = order.size();
        int[] ordinals = new int[k];
        boolean[] ascending = new boolean[k];
        boolean[] nullsFirst = new boolean[k];
        for (int i = 0; i < k; i++) {
            ordinals[i] = i;
            ascending[i] = order.get(i).ascending();
            nullsFirst[i] = order.get(i).nullsFirst();
        }
        return new ColumnOrdering(ordinals, ascending, nullsFirst);
    }

    /** The key columns of {@code batch}: {@code keys} (bound) evaluated over it. */
    static ColumnBatch keys(List<Expression> keys, ColumnBatch batch, EvalContext eval) {
        ColumnVector[] columns = new ColumnVector[keys.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = keys.get(i).eval(batch, eval);
        }
        return new ColumnBatch(batch.numRows(), List.of(columns));
    }

    /** Samples {@code input} and chooses bounds for {@code partitions} ranges of {@code order}. */
    static RangeBounds sample(
            ExecutionContext context,
            BaseRDD<ColumnBatch> input,
            List<Expression> boundKeys,
            List<SortOrder> order,
            int partitions) {
        List<DataType> types = boundKeys.stream().map(Expression::dataType).toList();
        ColumnOrdering ordering = keyOrdering(order);
        if (partitions <= 1) {
            return new RangeBounds(emptyBatch(types), ordering);
        }
        int sampleSize = Math.min(SAMPLE_PER_PARTITION * partitions, MAX_SAMPLE);
        int perPartition = (int) Math.ceil(3.0 * sampleSize / Math.max(1, input.numPartitions()));
        List<Reservoir> samples = RivuletInternals.runJob(
                context.rivulet(),
                input,
                (task, batches) -> {
                    Reservoir reservoir = new Reservoir(perPartition, task.partitionId());
                    EvalContext eval = context.evalContext(task.partitionId());
                    while (batches.hasNext()) {
                        ColumnBatch batch = batches.next();
                        reservoir.offer(keys(boundKeys, batch, eval));
                        eval.advance(batch.numRows());
                    }
                    return reservoir;
                },
                "sample range bounds");
        return new RangeBounds(choose(samples, types, ordering, partitions), ordering);
    }

    private static ColumnBatch emptyBatch(List<DataType> types) {
        ColumnVector[] columns = new ColumnVector[types.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = VectorBuilder.forType(types.get(i), 0).build();
        }
        return new ColumnBatch(0, List.of(columns));
    }

    private static ColumnBatch choose(
            List<Reservoir> samples, List<DataType> types, ColumnOrdering ordering, int partitions) {
        VectorBuilder[] builders = new VectorBuilder[types.size()];
        for (int i = 0; i < builders.length; i++) {
            builders[i] = VectorBuilder.forType(types.get(i), 256);
        }
        List<Double> weights = new ArrayList<>();
        for (Reservoir sample : samples) {
            double weight = sample.rows.isEmpty() ? 0 : (double) sample.seen / sample.rows.size();
            for (Object[] row : sample.rows) {
                for (int i = 0; i < builders.length; i++) {
                    builders[i].appendInternal(row[i]);
                }
                weights.add(weight);
            }
        }
        ColumnVector[] columns = new ColumnVector[builders.length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = builders[i].build();
        }
        ColumnBatch candidates = new ColumnBatch(weights.size(), List.of(columns));
        int[] order = ordering.sort(candidates);
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double step = total / partitions;
        List<Integer> chosen = new ArrayList<>();
        double cumulative = 0;
        double target = step;
        for (int i = 0; i < order.length && chosen.size() < partitions - 1; i++) {
            int candidate = order[i];
            cumulative += weights.get(candidate);
            if (cumulative >= target) {
                int previous = chosen.isEmpty() ? -1 : chosen.get(chosen.size() - 1);
                if (previous < 0 || ordering.compare(candidates, candidate, candidates, previous) > 0) {
                    chosen.add(candidate);
                    target += step;
                }
            }
        }
        int[] positions = chosen.stream().mapToInt(Integer::intValue).toArray();
        return candidates.gather(positions, positions.length);
    }

    int numBounds() {
        return bounds.numRows();
    }

    ColumnBatch bounds() {
        return bounds;
    }

    /** For each row of {@code keys}: the number of bounds that sort before it. */
    int[] partitionOf(ColumnBatch keys) {
        int rows = keys.numRows();
        int[] partitions = new int[rows];
        int n = bounds.numRows();
        for (int r = 0; r < rows; r++) {
            int low = 0;
            int high = n;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (ordering.compare(bounds, middle, keys, r) < 0) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            partitions[r] = low;
        }
        return partitions;
    }

    /**
     * A reservoir sample of key rows (as internal values) of one partition, and how many rows it saw. Once full it
     * skips ahead by Li's Algorithm L: the gap to the next row taken is drawn at once, so a sample of a few hundred
     * rows out of millions costs a few thousand random numbers instead of one a row, and is still uniform.
     */
    static final class Reservoir {
        final List<Object[]> rows = new ArrayList<>();
        private final int capacity;
        private final SplittableRandom random;
        long seen;
        private double weight;
        private long next;

        Reservoir(int capacity, int partition) {
            this.capacity = capacity;
            this.random = new SplittableRandom(partition * 0x9E3779B97F4A7C15L);
        }

        void offer(ColumnBatch keys) {
            int n = keys.numRows();
            int r = 0;
            while (r < n && rows.size() < capacity) {
                rows.add(row(keys, r++));
                seen++;
                if (rows.size() == capacity) {
                    weight = Math.exp(Math.log(uniform()) / capacity);
                    next = seen + gap();
                }
            }
            while (r < n) {
                long skipped = next - seen;
                if (skipped >= n - r) {
                    seen += n - r;
                    return;
                }
                r += (int) skipped;
                rows.set(random.nextInt(capacity), row(keys, r++));
                seen = next + 1;
                weight *= Math.exp(Math.log(uniform()) / capacity);
                next = seen + gap();
            }
        }

        /** The rows passed over before the next one taken. */
        private long gap() {
            double gap = Math.floor(Math.log(uniform()) / Math.log1p(-weight));
            return gap >= Long.MAX_VALUE / 2 || Double.isNaN(gap) ? Long.MAX_VALUE / 2 : (long) gap;
        }

        /** Uniform in (0, 1], so its logarithm is finite. */
        private double uniform() {
            return 1.0 - random.nextDouble();
        }

        private static Object[] row(ColumnBatch keys, int r) {
            Object[] values = new Object[keys.numColumns()];
            for (int c = 0; c < values.length; c++) {
                values[c] = keys.column(c).getInternal(r);
            }
            return values;
        }
    }
}
