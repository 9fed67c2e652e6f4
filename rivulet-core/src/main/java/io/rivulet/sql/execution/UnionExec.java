package io.rivulet.sql.execution;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.UnionRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code UNION ALL}: the children's partitions one after another, nothing moved. The children's columns are
 * aligned by the analyzer (same types by position); {@code output} is the union's, nullable where any child's
 * column is, so the batches of every child fit it (vectors do not carry top-level nullability, and codecs compare
 * nested types without it).
 */
public record UnionExec(List<AttributeReference> output, List<PhysicalPlan> children) implements PhysicalPlan {
    public UnionExec {
        output = List.copyOf(output);
        children = List.copyOf(children);
        if (children.isEmpty()) {
            throw new IllegalArgumentException("a union needs children");
        }
    }

    @Override
    public PhysicalPlan withNewChildren(List<PhysicalPlan> newChildren) {
        return new UnionExec(output, newChildren);
    }

    @Override
    public Partitioning outputPartitioning() {
        int total = 0;
        for (PhysicalPlan child : children) {
            int n = child.outputPartitioning().numPartitions();
            if (n <= 0) {
                return Partitioning.UNKNOWN;
            }
            total += n;
        }
        return new Partitioning.Unknown(total);
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        List<BaseRDD<? extends ColumnBatch>> inputs = new ArrayList<>();
        for (PhysicalPlan child : children) {
            inputs.add(child.execute(context));
        }
        BaseRDD<ColumnBatch> union = new UnionRDD<>(context.services(), inputs);
        return Operators.mapPartitions(context, this, union, (task, partition, input) -> input);
    }

    @Override
    public String nodeString() {
        return "Union";
    }
}
