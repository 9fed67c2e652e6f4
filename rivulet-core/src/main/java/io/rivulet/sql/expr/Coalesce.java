package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;
import java.util.Optional;

/** {@code coalesce(a, b, ...)}: the first non-null argument; each evaluated over the rows still null. */
public record Coalesce(List<Expression> children) implements Expression {
    public Coalesce {
        children = List.copyOf(children);
        if (children.isEmpty()) {
            throw new IllegalArgumentException("coalesce needs at least one argument");
        }
    }

    @Override
    public Expression withNewChildren(List<Expression> newChildren) {
        return new Coalesce(newChildren);
    }

    @Override
    public DataType dataType() {
        return Conditionals.commonType(children);
    }

    @Override
    public boolean nullable() {
        return children.stream().allMatch(Expression::nullable);
    }

    @Override
    public Optional<String> checkInputTypes() {
        return Conditionals.sameTypes(this, "coalesce", children);
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        return Conditionals.coalesce(children, dataType(), batch, context);
    }

    @Override
    public String sql() {
        return SqlText.call("coalesce", children);
    }

    @Override
    public String toString() {
        return SqlText.callPlan("coalesce", children);
    }
}
