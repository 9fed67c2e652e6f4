package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import java.util.List;

/**
 * One key of an ordering: {@code child ASC NULLS FIRST}. Spark's defaults: ascending puts nulls first,
 * descending puts them last.
 */
public record SortOrder(Expression child, boolean ascending, boolean nullsFirst) implements Expression {
    public SortOrder {
        requireNonNull(child, "child is null");
    }

    public static SortOrder asc(Expression child) {
        return new SortOrder(child, true, true);
    }

    public static SortOrder desc(Expression child) {
        return new SortOrder(child, false, false);
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == child ? this : new SortOrder(children.get(0), ascending, nullsFirst);
    }

    @Override
    public DataType dataType() {
        return child.dataType();
    }

    @Override
    public boolean nullable() {
        return child.nullable();
    }

    @Override
    public boolean foldable() {
        return false;
    }

    @Override
    public String sql() {
        return child.sql() + (ascending ? " ASC" : " DESC") + (nullsFirst ? " NULLS FIRST" : " NULLS LAST");
    }

    @Override
    public String toString() {
        return child + (ascending ? " ASC" : " DESC") + (nullsFirst ? " NULLS FIRST" : " NULLS LAST");
    }
}
