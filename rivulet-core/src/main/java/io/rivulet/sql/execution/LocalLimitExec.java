package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.Iterator;
import java.util.List;

/**
 * The first {@code limit} rows of each partition: the map side of a limit, so that the exchange to one partition
 * moves at most {@code limit} rows per partition. Stops pulling from its child once it has them.
 */
public record LocalLimitExec(long limit, PhysicalPlan child) implements PhysicalPlan {
    public LocalLimitExec {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        requireNonNull(child, "child is null");
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(child);
    }

    @Override
    public PhysicalPlan withNewChildren(List<PhysicalPlan> children) {
        return new LocalLimitExec(limit, children.get(0));
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
    public List<SortOrder> outputOrdering() {
        return child.outputOrdering();
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        long n = limit;
        return Operators.mapPartitions(
                context, this, child.execute(context), (task, partition, input) -> take(input, 0, n));
    }

    /** Rows {@code [offset, offset + limit)} of {@code input}; reads no further than the last of them. */
    static Iterator<ColumnBatch> take(Iterator<ColumnBatch> input, long offset, long limit) {
        return new Iterator<>() {
            private long toSkip = offset;
            private long toTake = limit;
            private ColumnBatch next;

            @Override
            public boolean hasNext() {
                while (next == null && toTake > 0 && input.hasNext()) {
                    ColumnBatch batch = input.next();
                    int rows = batch.numRows();
                    int from = (int) Math.min(rows, toSkip);
                    toSkip -= from;
                    int to = (int) Math.min(rows, from + toTake);
                    if (to > from) {
                        next = batch.slice(from, to);
                        toTake -= to - from;
                    }
                }
                return next != null;
            }

            @Override
            public ColumnBatch next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                ColumnBatch result = next;
                next = null;
                return result;
            }
        };
    }

    @Override
    public String nodeString() {
        return "LocalLimit " + limit;
    }
}
