package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;
import java.util.Optional;

/** {@code nvl2(test, ifNotNull, ifNull)}: {@code ifNotNull} where {@code test} is not null, else {@code ifNull}. */
public record Nvl2(Expression test, Expression ifNotNull, Expression ifNull) implements Expression {
    public Nvl2 {
        requireNonNull(test, "test is null");
        requireNonNull(ifNotNull, "ifNotNull is null");
        requireNonNull(ifNull, "ifNull is null");
    }

    @Override
    public List<Expression> children() {
        return List.of(test, ifNotNull, ifNull);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new Nvl2(children.get(0), children.get(1), children.get(2));
    }

    @Override
    public DataType dataType() {
        return Conditionals.commonType(List.of(ifNotNull, ifNull));
    }

    @Override
    public boolean nullable() {
        return ifNotNull.nullable() || ifNull.nullable();
    }

    @Override
    public Optional<String> checkInputTypes() {
        return Conditionals.sameTypes(this, "nvl2", List.of(ifNotNull, ifNull));
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        return Conditionals.caseWhen(
                List.of(new IsNotNull(test)), List.of(ifNotNull), ifNull, dataType(), batch, context);
    }

    @Override
    public String sql() {
        return SqlText.call("nvl2", children());
    }

    @Override
    public String toString() {
        return SqlText.callPlan("nvl2", children());
    }
}
