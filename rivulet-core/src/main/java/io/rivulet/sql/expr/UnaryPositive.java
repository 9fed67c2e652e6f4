package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;
import java.util.Optional;

/** {@code +child} (also {@code positive(child)}): the value itself. */
public record UnaryPositive(Expression child) implements Expression {
    public UnaryPositive {
        requireNonNull(child, "child is null");
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == child ? this : new UnaryPositive(children.get(0));
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
    public Optional<String> checkInputTypes() {
        return UnaryArithmetic.checkNumeric(this, child);
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        return child.eval(batch, context);
    }

    @Override
    public String sql() {
        return "(+ " + child.sql() + ")";
    }

    @Override
    public String toString() {
        return "+" + child;
    }
}
