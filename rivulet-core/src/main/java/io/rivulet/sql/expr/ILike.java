package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;

/** {@code ilike(left, right)}: {@link Like} ignoring case. */
public record ILike(Expression left, Expression right, char escapeChar) implements ImplicitCastInputTypes {
    public ILike {
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
    }

    public ILike(Expression left, Expression right) {
        this(left, right, '\\');
    }

    @Override
    public List<ExpectedType> inputTypes() {
        return List.of(ExpectedType.STRING, ExpectedType.STRING);
    }

    @Override
    public List<Expression> children() {
        return List.of(left, right);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new ILike(children.get(0), children.get(1), escapeChar);
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
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        return PatternMatch.eval(
                left.eval(batch, context),
                right.eval(batch, context),
                p -> LikePattern.compile(p, escapeChar, true, this)::matches);
    }

    @Override
    public String sql() {
        return SqlText.call("ilike", children());
    }

    @Override
    public String toString() {
        return SqlText.callPlan("ilike", children());
    }
}
