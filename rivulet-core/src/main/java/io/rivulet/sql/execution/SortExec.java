package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.BoundReference;
import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Sorts each partition by {@code order} with an external sort that spills through the task's memory
 * ({@link ExternalBatchSorter}). A {@code global} sort needs its input range-partitioned by the same order (an
 * exchange below it, which {@link EnsureRequirements} adds with sampled bounds), so that partition after partition
 * the rows are in order. Sort keys that are not plain columns are computed once per batch and carried as extra
 * columns through the sort, then dropped.
 */
public record SortExec(List<SortOrder> order, boolean global, PhysicalPlan child) implements PhysicalPlan {
    public SortExec {
        order = List.copyOf(order);
        requireNonNull(child, "child is null");
        if (order.isEmpty()) {
            throw new IllegalArgumentException("a sort needs keys");
        }
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of(child);
    }

    @Override
    public PhysicalPlan withNewChildren(List<PhysicalPlan> children) {
        return new SortExec(order, global, children.get(0));
    }

    @Override
    public List<AttributeReference> output() {
        return child.output();
    }

    @Override
    public List<SortOrder> outputOrdering() {
        return order;
    }

    @Override
    public Partitioning outputPartitioning() {
        return child.outputPartitioning();
    }

    @Override
    public List<Distribution> requiredChildDistribution() {
        return List.of(global ? new Distribution.Ordered(order) : Distribution.UNSPECIFIED);
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        SortPlan plan = SortPlan.of(order, child.output());
        return Operators.mapPartitions(context, this, child.execute(context), (task, partition, input) -> {
            ExternalBatchSorter sorter =
                    new ExternalBatchSorter(context.taskMemory(task), plan.bufferSchema(), plan.ordering());
            EvalContext eval = context.evalContext(partition);
            while (input.hasNext()) {
                sorter.insert(plan.withKeys(input.next(), eval));
            }
            return plan.withoutKeys(sorter.sorted());
        });
    }

    /**
     * How a sort buffers its rows: the input's columns, then one column per key that is not a plain input column,
     * and the ordering over them.
     */
    record SortPlan(List<Expression> extraKeys, StructType bufferSchema, ColumnOrdering ordering, int inputColumns) {
        static SortPlan of(List<SortOrder> order, List<AttributeReference> input) {
            List<Expression> extra = new ArrayList<>();
            List<StructField> fields =
                    new ArrayList<>(PhysicalPlan.schemaOf(input).fieldList());
            int k = order.size();
            int[] ordinals = new int[k];
            boolean[] ascending = new boolean[k];
            boolean[] nullsFirst = new boolean[k];
            for (int i = 0; i < k; i++) {
                SortOrder key = order.get(i);
                Expression bound = Operators.bind(key.child(), input);
                if (bound instanceof BoundReference reference) {
                    ordinals[i] = reference.ordinal();
                } else {
                    ordinals[i] = input.size() + extra.size();
                    extra.add(bound);
                    fields.add(new StructField("key" + i, bound.dataType(), true));
                }
                ascending[i] = key.ascending();
                nullsFirst[i] = key.nullsFirst();
            }
            return new SortPlan(
                    extra, new StructType(fields), new ColumnOrdering(ordinals, ascending, nullsFirst), input.size());
        }

        ColumnBatch withKeys(ColumnBatch batch, EvalContext eval) {
            if (extraKeys.isEmpty()) {
                return batch;
            }
            List<ColumnVector> columns = new ArrayList<>(batch.columns());
            for (Expression key : extraKeys) {
                columns.add(key.eval(batch, eval));
            }
            eval.advance(batch.numRows());
            return new ColumnBatch(batch.numRows(), columns);
        }

        Iterator<ColumnBatch> withoutKeys(Iterator<ColumnBatch> sorted) {
            if (extraKeys.isEmpty()) {
                return sorted;
            }
            int[] keep = Batches.identity(inputColumns);
            return ProjectExec.map(sorted, batch -> batch.project(keep));
        }
    }

    @Override
    public String nodeString() {
        return "Sort " + Operators.list(order) + ", " + global + ", 0";
    }
}
