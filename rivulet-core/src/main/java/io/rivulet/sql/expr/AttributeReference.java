package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import java.util.List;

/**
 * A column of a plan's output, resolved: its name, type, nullability and {@link ExprId}, and the qualifier it
 * can be named by ({@code t} in {@code t.a}: the relation or alias it comes from). Two attributes are the
 * same column when their ids are: {@link #sameColumn}. Printed as {@code name#id}, as in Spark's plans.
 */
public record AttributeReference(
        String name, DataType dataType, boolean nullable, ExprId exprId, List<String> qualifier)
        implements NamedExpression {
    public AttributeReference {
        requireNonNull(name, "name is null");
        requireNonNull(dataType, "dataType is null");
        requireNonNull(exprId, "exprId is null");
        qualifier = List.copyOf(qualifier);
    }

    /** A new column (a fresh id), unqualified. */
    public static AttributeReference of(String name, DataType dataType, boolean nullable) {
        return new AttributeReference(name, dataType, nullable, ExprId.next(), List.of());
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
    public boolean foldable() {
        return false;
    }

    @Override
    public AttributeReference toAttribute() {
        return this;
    }

    public AttributeReference withName(String newName) {
        return new AttributeReference(newName, dataType, nullable, exprId, qualifier);
    }

    public AttributeReference withNullability(boolean newNullable) {
        return new AttributeReference(name, dataType, newNullable, exprId, qualifier);
    }

    public AttributeReference withQualifier(List<String> newQualifier) {
        return new AttributeReference(name, dataType, nullable, exprId, newQualifier);
    }

    /** Whether both are the same column (the same id), whatever their names and qualifiers. */
    public boolean sameColumn(AttributeReference other) {
        return exprId.equals(other.exprId);
    }

    @Override
    public String sql() {
        return name;
    }

    @Override
    public String toString() {
        return name + exprId;
    }
}
