package io.rivulet.sql.execution.aggregate;

import io.rivulet.internal.RivuletInternals;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.execution.ExecutionContext;
import io.rivulet.sql.execution.Partitioning;
import io.rivulet.sql.execution.PhysicalPlan;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.List;

/** A leaf operator of given batches in given partitions, with a partitioning it claims (for tests). */
public record BatchesExec(
        List<AttributeReference> output, List<List<ColumnBatch>> partitions, Partitioning outputPartitioning)
        implements PhysicalPlan {
    public BatchesExec(List<AttributeReference> output, List<List<ColumnBatch>> partitions) {
        this(output, partitions, Partitioning.UNKNOWN);
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of();
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        return new PartitionsRDD(RivuletInternals.engine(context.rivulet()), partitions);
    }

    @Override
    public String nodeString() {
        return "Batches " + output;
    }
}
