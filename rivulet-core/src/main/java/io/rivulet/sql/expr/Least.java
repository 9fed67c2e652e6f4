package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;
import java.util.Optional;

/** {@code least(a, b, ...)}: the least non-null argument (NaN above every number); null only when all are. */
public record Least(List<Expression> children) implements Expression {
    public Least {
        children = List.copyOf(children);
        if (children.size() < 2) {
            throw new IllegalArgumentException("least needs at least two arguments");
        }
    }

    @Override
    public Expression withNewChildren(List<Expression> newChildren) {
        return new Least(newChildren);
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
                Conditionals.sameTypes(this, "least", children), TypeChecks.orderable(this, "least", dataType()));
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        return Conditionals.extreme(children, false, batch, context);
    }

    @Override
    public String sql() {
        return SqlText.call("least", children);
    }

    @Override
    public String toString() {
        return SqlText.callPlan("least", children);
    }
}
