package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.BooleanVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;
import java.util.Optional;

/**
 * {@code input BETWEEN lower AND upper}, as Spark 4's {@code between(input, lower, upper)}: {@code input >= lower
 * AND input <= upper} with {@code input} evaluated once, in three-valued logic.
 */
public record Between(Expression input, Expression lower, Expression upper) implements Expression {
    public Between {
        requireNonNull(input, "input is null");
        requireNonNull(lower, "lower is null");
        requireNonNull(upper, "upper is null");
    }

    @Override
    public List<Expression> children() {
        return List.of(input, lower, upper);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new Between(children.get(0), children.get(1), children.get(2));
    }

    @Override
    public DataType dataType() {
        return DataTypes.BooleanType;
    }

    @Override
    public boolean nullable() {
        return input.nullable() || lower.nullable() || upper.nullable();
    }

    @Override
    public Optional<String> checkInputTypes() {
        return TypeChecks.first(
                TypeChecks.allSameType(this, "between", children()),
                TypeChecks.orderable(this, "between", input.dataType()));
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        int n = batch.numRows();
        ColumnVector v = input.eval(batch, context);
        BooleanVector ge = Comparisons.compare(ComparisonOp.GREATER_OR_EQUAL, v, lower.eval(batch, context), n);
        BooleanVector le = Comparisons.compare(ComparisonOp.LESS_OR_EQUAL, v, upper.eval(batch, context), n);
        boolean[] out = new boolean[n];
        boolean[] nulls = null;
        for (int i = 0; i < n; i++) {
            boolean geFalse = !ge.isNull(i) && !ge.getBoolean(i);
            boolean leFalse = !le.isNull(i) && !le.getBoolean(i);
            out[i] = ge.getBoolean(i) && le.getBoolean(i);
            if (!geFalse && !leFalse && (ge.isNull(i) || le.isNull(i))) {
                nulls = nulls == null ? new boolean[n] : nulls;
                nulls[i] = true;
            }
        }
        return Vectors.ofBooleans(n, out, nulls);
    }

    @Override
    public String sql() {
        return SqlText.call("between", children());
    }

    @Override
    public String toString() {
        return SqlText.callPlan("between", children());
    }
}
