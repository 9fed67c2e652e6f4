package io.rivulet.sql.execution.aggregate;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.LeafNode;
import io.rivulet.sql.plan.Statistics;
import java.util.List;

/** A logical leaf of given output and estimated size: what the strategies read of a child (for tests). */
public record SizedRelation(List<AttributeReference> output, long sizeInBytes) implements LeafNode {
    public SizedRelation {
        output = List.copyOf(output);
    }

    @Override
    public Statistics statistics() {
        return Statistics.ofBytes(sizeInBytes);
    }

    @Override
    public String nodeString() {
        return "SizedRelation " + output + " " + sizeInBytes;
    }
}
