package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.internal.RivuletInternals;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.MapPartitionsRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * {@code ORDER BY order LIMIT limit OFFSET offset} (then {@code projectList}) without sorting everything: each
 * partition keeps its first {@code limit + offset} rows in order, the survivors go to one partition through a
 * shuffle, and there the same selection, the offset and the projection make the answer.
 *
 * <p>The per-partition selection buffers batches and, whenever they hold more than twice the rows it keeps (and
 * at least a batch), sorts them ({@link ColumnOrdering#sort}) and keeps the first {@code limit + offset}: memory
 * stays within a few times that many rows, and each row is sorted about once, vectorized (a heap of rows would
 * compare row at a time). The planner uses it only below {@link Planner#TOP_N_MAX_ROWS} rows; above, a full sort
 * with a limit.
 */
public record TakeOrderedAndProjectExec(
        long limit, long offset, List<SortOrder> order, List<NamedExpression> projectList, PhysicalPlan child)
        implements PhysicalPlan {
    public TakeOrderedAndProjectExec {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative: " + limit + ", " + offset);
        }
        order = List.copyOf(order);
        projectList = List.copyOf(projectList);
        requireNonNull(child, "child is null");
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(child);
    }

    @Override
    public PhysicalPlan withNewChildren(List<PhysicalPlan> children) {
        return new TakeOrderedAndProjectExec(limit, offset, order, projectList, children.get(0));
    }

    @Override
    public List<AttributeReference> output() {
        return projectList.stream().map(NamedExpression::toAttribute).toList();
    }

    @Override
    public Partitioning outputPartitioning() {
        return new Partitioning.Single();
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        SortExec.SortPlan plan = SortExec.SortPlan.of(order, child.output());
        long keep = limit + offset;
        BaseRDD<ColumnBatch> input = child.execute(context);
        BaseRDD<ColumnBatch> single = input;
        if (input.numPartitions() != 1) {
            BaseRDD<ColumnBatch> local = new MapPartitionsRDD<ColumnBatch, ColumnBatch>(
                    input,
                    "TopN",
                    (task, partition, batches) -> topN(batches, plan, keep, context.evalContext(partition)),
                    false);
            BaseRDD<PartitionedBatch> pieces = new MapPartitionsRDD<ColumnBatch, PartitionedBatch>(
                    local, "TopN", (task, partition, batches) -> wrap(batches), false);
            BaseRDD<PartitionedBatch> shuffled = RivuletInternals.shuffle(
                    pieces, "exchange", 1, PartitionedBatch::partition, new BatchSerializer(plan.bufferSchema()));
            single = new MapPartitionsRDD<PartitionedBatch, ColumnBatch>(
                    shuffled, "TopN", (task, partition, records) -> unwrap(records), false);
        }
        boolean merged = single != input;
        List<Expression> projection = Operators.bind(projectList, child.output());
        return Operators.mapPartitions(context, this, single, (task, partition, batches) -> {
            EvalContext eval = context.evalContext(partition);
            SortExec.SortPlan finalPlan = merged ? keysCarried(plan) : plan;
            Iterator<ColumnBatch> top =
                    plan.withoutKeys(LocalLimitExec.take(topN(batches, finalPlan, keep, eval), offset, limit));
            return ProjectExec.map(top, batch -> ProjectExec.evaluate(projection, batch, eval));
        });
    }

    /** After the merge, the batches carry their key columns already: nothing more to compute. */
    private static SortExec.SortPlan keysCarried(SortExec.SortPlan plan) {
        return new SortExec.SortPlan(List.of(), plan.bufferSchema(), plan.ordering(), plan.inputColumns());
    }

    /** The first {@code keep} rows of {@code batches} in order (with the plan's key columns), as batches. */
    static Iterator<ColumnBatch> topN(
            Iterator<ColumnBatch> batches, SortExec.SortPlan plan, long keep, EvalContext eval) {
        if (keep == 0) {
            return Collections.emptyIterator();
        }
        long threshold = Math.max(2 * keep, ColumnBatch.DEFAULT_ROWS);
        List<ColumnBatch> buffer = new ArrayList<>();
        long buffered = 0;
        while (batches.hasNext()) {
            ColumnBatch batch = plan.withKeys(batches.next(), eval);
            if (batch.numRows() == 0) {
                continue;
            }
            buffer.add(batch);
            buffered += batch.numRows();
            if (buffered > threshold) {
                ColumnBatch kept = best(buffer, plan.ordering(), keep);
                buffer.clear();
                buffer.add(kept);
                buffered = kept.numRows();
            }
        }
        if (buffer.isEmpty()) {
            return Collections.emptyIterator();
        }
        ColumnBatch all = Batches.concat(buffer);
        int[] order = plan.ordering().sort(all);
        int n = (int) Math.min(keep, order.length);
        return ExternalBatchSorter.inOrder(all, java.util.Arrays.copyOf(order, n));
    }

    private static ColumnBatch best(List<ColumnBatch> buffer, ColumnOrdering ordering, long keep) {
        ColumnBatch all = Batches.concat(buffer);
        int[] order = ordering.sort(all);
        int n = (int) Math.min(keep, order.length);
        return all.gather(order, n);
    }

    private static Iterator<PartitionedBatch> wrap(Iterator<ColumnBatch> batches) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return batches.hasNext();
            }

            @Override
            public PartitionedBatch next() {
                return new PartitionedBatch(0, batches.next());
            }
        };
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
        return "TakeOrderedAndProject(limit=" + limit + (offset == 0 ? "" : ", offset=" + offset) + ", orderBy="
                + Operators.list(order) + ", output=" + Operators.compactList(output()) + ")";
    }
}
