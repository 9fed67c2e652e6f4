package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;

/** {@code child AS name}: names a computed column; its attribute carries {@code exprId}. */
public record Alias(Expression child, String name, ExprId exprId) implements NamedExpression {
    public Alias {
        requireNonNull(child, "child is null");
        requireNonNull(name, "name is null");
        requireNonNull(exprId, "exprId is null");
    }

    public static Alias of(Expression child, String name) {
        return new Alias(child, name, ExprId.next());
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == child ? this : new Alias(children.get(0), name, exprId);
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
        return false; // a named column is not a constant to fold away; its child may be
    }

    @Override
    public AttributeReference toAttribute() {
        return new AttributeReference(name, child.dataType(), child.nullable(), exprId, List.of());
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        return child.eval(batch, context);
    }

    @Override
    public String sql() {
        return child.sql() + " AS " + SqlText.quoteIfNeeded(name);
    }

    @Override
    public String toString() {
        return child + " AS " + name + exprId;
    }
}
