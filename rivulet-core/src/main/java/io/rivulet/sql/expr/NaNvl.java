package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;
import java.util.Optional;

/** {@code nanvl(left, right)} of doubles or floats: {@code right} where {@code left} is NaN, else {@code left}. */
public record NaNvl(Expression left, Expression right) implements ImplicitCastInputTypes {
    public NaNvl {
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
    }

    @Override
    public List<ExpectedType> inputTypes() {
        ExpectedType floating =
                ExpectedType.anyOf(ExpectedType.DOUBLE, ExpectedType.of(io.rivulet.sql.types.DataTypes.FloatType));
        return List.of(floating, floating);
    }

    @Override
    public List<Expression> children() {
        return List.of(left, right);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new NaNvl(children.get(0), children.get(1));
    }

    @Override
    public DataType dataType() {
        return left.dataType();
    }

    @Override
    public boolean nullable() {
        return left.nullable() || right.nullable();
    }

    @Override
    public Optional<String> checkInputTypes() {
        return TypeChecks.first(ImplicitCastInputTypes.super.checkInputTypes(), TypeChecks.sameType(this, left, right));
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        int n = batch.numRows();
        ColumnVector l = left.eval(batch, context);
        double[] a = Vectors.doubles(l);
        boolean[] nan = new boolean[n];
        for (int i = 0; i < n; i++) {
            nan[i] = Double.isNaN(a[i]);
        }
        ColumnVector r = Selection.evalOn(right, batch, context, nan);
        int[] branch = new int[n];
        for (int i = 0; i < n; i++) {
            branch[i] = l.isNull(i) ? -1 : nan[i] ? 1 : 0;
        }
        return Conditionals.assemble(l.type(), branch, new ColumnVector[] {l, r}, n);
    }

    @Override
    public String sql() {
        return SqlText.call("nanvl", children());
    }

    @Override
    public String toString() {
        return SqlText.callPlan("nanvl", children());
    }
}
