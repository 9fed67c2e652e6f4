package io.rivulet.sql.plan;

import static java.util.Objects.requireNonNull;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.List;

/**
 * Column batches from an RDD of the engine: {@code createDataFrame(RDD<Row>, schema)} and of beans (converted a
 * partition at a time into batches of {@code output}), and what {@code cache()} stores. Its partitions are the
 * RDD's.
 */
public record RddRelation(String name, BaseRDD<ColumnBatch> rdd, List<AttributeReference> output) implements LeafNode {
    public RddRelation {
        requireNonNull(name, "name is null");
        requireNonNull(rdd, "rdd is null");
        output = List.copyOf(output);
    }

    @Override
    public String nodeString() {
        return name + " " + Plans.list(output);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RddRelation that && rdd == that.rdd && output.equals(that.output);
    }

    @Override
    public int hashCode() {
        return rdd.id() * 31 + output.hashCode();
    }
}
