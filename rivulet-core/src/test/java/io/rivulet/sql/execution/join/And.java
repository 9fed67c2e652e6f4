package io.rivulet.sql.execution.join;

import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import java.util.List;

/** A test-only {@code left AND right}, recognized by its name as the real one (never evaluated: it is split). */
public record And(Expression left, Expression right) implements Expression {
    @Override
    public List<Expression> children() {
        return List.of(left, right);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new And(children.get(0), children.get(1));
    }

    @Override
    public DataType dataType() {
        return DataTypes.BooleanType;
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public String sql() {
        return "(" + left.sql() + " AND " + right.sql() + ")";
    }

    @Override
    public String toString() {
        return "(" + left + " AND " + right + ")";
    }
}
