package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.plan.RangeRelation;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.LongVector;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * {@code range(start, end, step, splits)}: partition i holds the numbers of indexes {@code [i * n / splits,
 * (i + 1) * n / splits)}, made straight into {@link LongVector}s a batch at a time, never as rows. Its output is
 * ordered by {@code id} (ascending for a positive step) within and across partitions, which spares a sort by it.
 */
public record RangeExec(RangeRelation range) implements PhysicalPlan {
    public RangeExec {
        requireNonNull(range, "range is null");
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of();
    }

    @Override
    public List<AttributeReference> output() {
        return List.of(range.id());
    }

    @Override
    public List<SortOrder> outputOrdering() {
        return List.of(range.step() > 0 ? SortOrder.asc(range.id()) : SortOrder.desc(range.id()));
    }

    @Override
    public Partitioning outputPartitioning() {
        if (range.numPartitions() == 1) {
            return new Partitioning.Single();
        }
        return new Partitioning.Range(outputOrdering(), range.numPartitions());
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        long count = range.count();
        int splits = range.numPartitions();
        List<long[]> slices = new ArrayList<>(splits);
        BigInteger total = BigInteger.valueOf(count);
        for (int i = 0; i < splits; i++) {
            long first = total.multiply(BigInteger.valueOf(i))
                    .divide(BigInteger.valueOf(splits))
                    .longValue();
            long end = total.multiply(BigInteger.valueOf(i + 1L))
                    .divide(BigInteger.valueOf(splits))
                    .longValue();
            slices.add(new long[] {first, end});
        }
        long start = range.start();
        long step = range.step();
        context.metrics().register(this);
        return new SourceRDD<>(
                context.services(),
                "Range",
                slices,
                (slice, index, task) ->
                        context.metrics().track(this, task, index, numbers(start, step, slice[0], slice[1])));
    }

    /** The numbers of indexes {@code [first, end)}: {@code start + step * index}, in batches. */
    static Iterator<ColumnBatch> numbers(long start, long step, long first, long end) {
        return new Iterator<>() {
            private long index = first;

            @Override
            public boolean hasNext() {
                return index < end;
            }

            @Override
            public ColumnBatch next() {
                if (index >= end) {
                    throw new NoSuchElementException();
                }
                int rows = (int) Math.min(ColumnBatch.DEFAULT_ROWS, end - index);
                long[] values = new long[rows];
                long value = start + step * index;
                for (int i = 0; i < rows; i++) {
                    values[i] = value;
                    value += step;
                }
                index += rows;
                return ColumnBatch.of(new LongVector(io.rivulet.sql.types.DataTypes.LongType, rows, values, null));
            }
        };
    }

    @Override
    public String nodeString() {
        return "Range (" + range.start() + ", " + range.end() + ", step=" + range.step() + ", splits="
                + range.numPartitions() + ")";
    }
}
