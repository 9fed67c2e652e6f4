package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * {@code child[extraction]} or {@code child.field} before the child's type is known: the analyzer makes it a
 * {@link GetStructField} (a struct and a field name), a {@link GetArrayItem} (an array and an index) or a
 * {@link GetMapValue} (a map and a key), as Spark's {@code ExtractValue}.
 */
public record UnresolvedExtractValue(Expression child, Expression extraction) implements Unresolved {
    public UnresolvedExtractValue {
        requireNonNull(child, "child is null");
        requireNonNull(extraction, "extraction is null");
    }

    @Override
    public List<Expression> children() {
        return List.of(child, extraction);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new UnresolvedExtractValue(children.get(0), children.get(1));
    }

    @Override
    public String sql() {
        return child.sql() + "[" + extraction.sql() + "]";
    }

    @Override
    public String toString() {
        return child + "[" + extraction + "]";
    }
}
