package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;
import java.util.Optional;

/** {@code greatest(a, b, ...)}: the greatest non-null argument (NaN above every number); null only when all are. */
public record Greatest(List<Expression> children) implements Expression {
    public Greatest {
        children = List.copyOf(children);
        if (children.size() < 2) {
            throw new IllegalArgumentException("greatest needs at least two arguments");
        }
    }

    @Override
    public Expression withNewChildren(List<Expression> newChildren) {
        return new Greatest(newChildren);
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
        return TypeChecks.first(
                Conditionals.sameTypes(this, "greatest", children), TypeChecks.orderable(this, "greatest", dataType()));
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        return Conditionals.extreme(children, true, batch, context);
    }

    @Override
    public String sql() {
        return SqlText.call("greatest", children);
    }

    @Override
    public String toString() {
        return SqlText.callPlan("greatest", children);
    }
}
