package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;
import java.util.Optional;

/** {@code nvl(left, right)} (also {@code ifnull}, named as called): {@code coalesce(left, right)}. */
public record Nvl(Expression left, Expression right, String name) implements Expression {
    public Nvl {
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
        requireNonNull(name, "name is null");
    }

    public Nvl(Expression left, Expression right) {
        this(left, right, "nvl");
    }

    @Override
    public List<Expression> children() {
        return List.of(left, right);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new Nvl(children.get(0), children.get(1), name);
    }

    @Override
    public DataType dataType() {
        return Conditionals.commonType(children());
    }

    @Override
    public boolean nullable() {
        return left.nullable() && right.nullable();
    }

    @Override
    public Optional<String> checkInputTypes() {
        return Conditionals.sameTypes(this, name, children());
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        return Conditionals.coalesce(children(), dataType(), batch, context);
    }

    @Override
    public String sql() {
        return SqlText.call(name, children());
    }

    @Override
    public String toString() {
        return SqlText.callPlan(name, children());
    }
}
