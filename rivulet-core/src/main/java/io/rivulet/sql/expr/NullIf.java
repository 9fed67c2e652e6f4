package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.BooleanVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;
import java.util.Optional;

/** {@code nullif(left, right)}: null where {@code left = right}, else {@code left}. */
public record NullIf(Expression left, Expression right) implements Expression {
    public NullIf {
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
    }

    @Override
    public List<Expression> children() {
        return List.of(left, right);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new NullIf(children.get(0), children.get(1));
    }

    @Override
    public DataType dataType() {
        return left.dataType();
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public Optional<String> checkInputTypes() {
        return TypeChecks.sameType(this, left, right);
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        int n = batch.numRows();
        ColumnVector l = left.eval(batch, context);
        BooleanVector eq = Comparisons.compare(ComparisonOp.EQUAL, l, right.eval(batch, context), n);
        int[] branch = new int[n];
        for (int i = 0; i < n; i++) {
            branch[i] = eq.getBoolean(i) && !eq.isNull(i) ? -1 : 0;
        }
        return Conditionals.assemble(l.type(), branch, new ColumnVector[] {l}, n);
    }

    @Override
    public String sql() {
        return SqlText.call("nullif", children());
    }

    @Override
    public String toString() {
        return SqlText.callPlan("nullif", children());
    }
}
