package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;
import java.util.Optional;

/** {@code left OR right} in three-valued logic; the right side is only evaluated where the left does not decide (see {@link Logic}). */
public record Or(Expression left, Expression right) implements Expression {
    public Or {
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
    }

    @Override
    public List<Expression> children() {
        return List.of(left, right);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == left && children.get(1) == right ? this : new Or(children.get(0), children.get(1));
    }

    @Override
    public DataType dataType() {
        return DataTypes.BooleanType;
    }

    @Override
    public boolean nullable() {
        return left.nullable() || right.nullable();
    }

    @Override
    public Optional<String> checkInputTypes() {
        return Logic.check(this, left, right);
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        return Logic.eval(false, left, right, batch, context);
    }

    @Override
    public String sql() {
        return "(" + left.sql() + " OR " + right.sql() + ")";
    }

    @Override
    public String toString() {
        return "(" + left + " OR " + right + ")";
    }
}
