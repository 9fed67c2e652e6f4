package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * {@code sample(withReplacement, fraction, seed)}, per partition and per row: without replacement each row is
 * kept with probability {@code fraction} (Bernoulli); with replacement it is repeated a Poisson({@code fraction})
 * number of times. Partition i draws from a generator seeded with {@code seed + i}, as Spark seeds its samplers, so
 * a seed gives one sample of one input (its rows in the same partitions and order).
 */
public record SampleExec(double fraction, boolean withReplacement, long seed, PhysicalPlan child)
        implements PhysicalPlan {
    public SampleExec {
        requireNonNull(child, "child is null");
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(child);
    }

    @Override
    public PhysicalPlan withNewChildren(List<PhysicalPlan> children) {
        return new SampleExec(fraction, withReplacement, seed, children.get(0));
    }

    @Override
    public List<AttributeReference> output() {
        return child.output();
    }

    @Override
    public Partitioning outputPartitioning() {
        return child.outputPartitioning();
    }

    @Override
    public List<io.rivulet.sql.expr.SortOrder> outputOrdering() {
        return child.outputOrdering();
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        return Operators.mapPartitions(context, this, child.execute(context), (task, partition, input) -> {
            SplittableRandom random = new SplittableRandom(seed + partition);
            return Batches.coalesce(sampled(input, random));
        });
    }

    private Iterator<ColumnBatch> sampled(Iterator<ColumnBatch> input, SplittableRandom random) {
        return new Iterator<>() {
            private ColumnBatch next;

            @Override
            public boolean hasNext() {
                while (next == null && input.hasNext()) {
                    ColumnBatch batch = input.next();
                    ColumnBatch kept = withReplacement ? poisson(batch, random) : bernoulli(batch, random);
                    next = kept.numRows() > 0 ? kept : null;
                }
                return next != null;
            }

            @Override
            public ColumnBatch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ColumnBatch result = next;
                next = null;
                return result;
            }
        };
    }

    private ColumnBatch bernoulli(ColumnBatch batch, SplittableRandom random) {
        int rows = batch.numRows();
        int[] positions = new int[rows];
        int count = 0;
        for (int i = 0; i < rows; i++) {
            positions[count] = i;
            count += random.nextDouble() < fraction ? 1 : 0;
        }
        return count == rows ? batch : batch.gather(positions, count);
    }

    private ColumnBatch poisson(ColumnBatch batch, SplittableRandom random) {
        int rows = batch.numRows();
        int[] positions = new int[rows];
        int count = 0;
        for (int i = 0; i < rows; i++) {
            int copies = poissonDraw(fraction, random);
            if (count + copies > positions.length) {
                positions = Arrays.copyOf(positions, Math.max(2 * positions.length, count + copies));
            }
            for (int c = 0; c < copies; c++) {
                positions[count++] = i;
            }
        }
        return batch.gather(positions, count);
    }

    /** Knuth's method, in chunks so that a large mean does not underflow {@code exp(-mean)}. */
    static int poissonDraw(double mean, SplittableRandom random) {
        int count = 0;
        double remaining = mean;
        while (remaining > 0) {
            double chunk = Math.min(remaining, 30.0);
            remaining -= chunk;
            double limit = Math.exp(-chunk);
            double product = random.nextDouble();
            while (product > limit) {
                count++;
                product *= random.nextDouble();
            }
        }
        return count;
    }

    @Override
    public String nodeString() {
        return "Sample 0.0, " + fraction + ", " + withReplacement + ", " + seed;
    }
}
