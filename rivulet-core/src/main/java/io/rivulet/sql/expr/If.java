package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;
import java.util.Optional;

/** {@code if(predicate, trueValue, falseValue)}: the false value also when the predicate is null. */
public record If(Expression predicate, Expression trueValue, Expression falseValue) implements Expression {
    public If {
        requireNonNull(predicate, "predicate is null");
        requireNonNull(trueValue, "trueValue is null");
        requireNonNull(falseValue, "falseValue is null");
    }

    @Override
    public List<Expression> children() {
        return List.of(predicate, trueValue, falseValue);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new If(children.get(0), children.get(1), children.get(2));
    }

    @Override
    public DataType dataType() {
        return Conditionals.commonType(List.of(trueValue, falseValue));
    }

    @Override
    public boolean nullable() {
        return trueValue.nullable() || falseValue.nullable();
    }

    @Override
    public Optional<String> checkInputTypes() {
        if (!predicate.dataType().equals(DataTypes.BooleanType)) {
            return TypeChecks.unexpectedInput(this, 0, "\"BOOLEAN\"", predicate);
        }
        return Conditionals.sameTypes(this, "if", List.of(trueValue, falseValue));
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        return Conditionals.caseWhen(List.of(predicate), List.of(trueValue), falseValue, dataType(), batch, context);
    }

    @Override
    public String sql() {
        return "(IF(" + predicate.sql() + ", " + trueValue.sql() + ", " + falseValue.sql() + "))";
    }

    @Override
    public String toString() {
        return "if (" + predicate + ") " + trueValue + " else " + falseValue;
    }
}
