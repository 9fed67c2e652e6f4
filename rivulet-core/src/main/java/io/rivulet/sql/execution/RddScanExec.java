package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.List;

/** The batches of an RDD of the engine ({@code RddRelation}): its partitions, as they are. */
public record RddScanExec(String name, BaseRDD<ColumnBatch> rdd, List<AttributeReference> output)
        implements PhysicalPlan {
    public RddScanExec {
        requireNonNull(name, "name is null");
        requireNonNull(rdd, "rdd is null");
        output = List.copyOf(output);
    }

    @Override
    public List<PhysicalPlan> children() {
        return List.of();
    }

    @Override
    public Partitioning outputPartitioning() {
        return new Partitioning.Unknown(rdd.numPartitions());
    }

    @Override
    public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
        return Operators.mapPartitions(context, this, rdd, (task, partition, input) -> input);
    }

    @Override
    public String nodeString() {
        return "Scan " + name + " " + Operators.compactList(output);
    }
}
