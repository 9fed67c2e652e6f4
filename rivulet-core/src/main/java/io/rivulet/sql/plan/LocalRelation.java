package io.rivulet.sql.plan;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.List;

/**
 * Rows held by the driver ({@code createDataFrame} of a list, {@code VALUES}), as column batches; executed as
 * one partition per batch, up to the default parallelism.
 */
public record LocalRelation(List<AttributeReference> output, List<ColumnBatch> batches) implements LeafNode {
    public LocalRelation {
        output = List.copyOf(output);
        batches = List.copyOf(batches);
    }

    public long rowCount() {
        long rows = 0;
        for (ColumnBatch batch : batches) {
            rows += batch.numRows();
        }
        return rows;
    }

    @Override
    public Statistics statistics() {
        long bytes = 0;
        for (ColumnBatch batch : batches) {
            bytes += batch.estimatedBytes();
        }
        return new Statistics(bytes, java.util.OptionalLong.of(rowCount()));
    }

    @Override
    public String nodeString() {
        return "LocalRelation " + Plans.list(output);
    }

    /** Batches compare by identity: two relations are equal when they hold the same batches. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof LocalRelation that) || !output.equals(that.output)) {
            return false;
        }
        if (batches.size() != that.batches.size()) {
            return false;
        }
        for (int i = 0; i < batches.size(); i++) {
            if (batches.get(i) != that.batches.get(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return output.hashCode() * 31 + batches.size();
    }
}
