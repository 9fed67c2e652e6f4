package io.rivulet.sql.plan;

import io.rivulet.sql.expr.AttributeReference;
import java.util.List;
import java.util.OptionalLong;

/**
 * One row of no columns: what {@code SELECT 1} (a query without {@code FROM}) selects from, as Spark's {@code
 * OneRowRelation}. Executes as one batch of one row and zero columns.
 */
public record OneRowRelation() implements LeafNode {
    @Override
    public List<AttributeReference> output() {
        return List.of();
    }

    @Override
    public Statistics statistics() {
        return new Statistics(1, OptionalLong.of(1));
    }

    @Override
    public String nodeString() {
        return "OneRowRelation";
    }
}
