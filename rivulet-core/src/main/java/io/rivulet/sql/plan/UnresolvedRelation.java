package io.rivulet.sql.plan;

import io.rivulet.sql.expr.AttributeReference;
import java.util.List;

/** A table or view by name ({@code FROM t}, {@code rv.table("t")}), resolved by the analyzer from the catalog. */
public record UnresolvedRelation(List<String> nameParts) implements LeafNode {
    public UnresolvedRelation {
        nameParts = List.copyOf(nameParts);
    }

    @Override
    public List<AttributeReference> output() {
        return List.of();
    }

    @Override
    public boolean resolved() {
        return false;
    }

    @Override
    public String nodeString() {
        return "'UnresolvedRelation " + Plans.list(nameParts);
    }
}
