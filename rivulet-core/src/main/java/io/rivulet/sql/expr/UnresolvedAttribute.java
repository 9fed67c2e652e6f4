package io.rivulet.sql.expr;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A column by name, as written: {@code a}, {@code t.a}, {@code s.inner.field} (the analyzer decides which parts
 * name a relation, a column and nested fields, as Spark does). Quoted parts ({@code `my col`}) arrive unquoted.
 */
public record UnresolvedAttribute(List<String> nameParts) implements Unresolved {
    public UnresolvedAttribute {
        nameParts = List.copyOf(nameParts);
        if (nameParts.isEmpty()) {
            throw new IllegalArgumentException("a column name needs at least one part");
        }
    }

    public static UnresolvedAttribute of(String... parts) {
        return new UnresolvedAttribute(List.of(parts));
    }

    /**
     * A name as {@code col("...")} takes it: dots separate parts and backticks quote them, so {@code col("a.b")}
     * is field {@code b} of {@code a} and {@code col("`a.b`")} the column named {@code a.b}, as in Spark.
     */
    public static UnresolvedAttribute quoted(String name) {
        return new UnresolvedAttribute(NameParts.parse(name));
    }

    /** The last part: the column or field name. */
    public String name() {
        return nameParts.get(nameParts.size() - 1);
    }

    @Override
    public List<Expression> children() {
        return List.of();
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return this;
    }

    @Override
    public String sql() {
        return nameParts.stream().map(SqlText::quoteIfNeeded).collect(Collectors.joining("."));
    }

    @Override
    public String toString() {
        return "'" + sql();
    }
}
