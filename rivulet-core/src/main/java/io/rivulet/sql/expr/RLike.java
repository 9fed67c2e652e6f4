package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;

/**
 * {@code RLIKE(left, right)} (also {@code regexp}, {@code regexp_like}): whether a Java regular expression matches
 * somewhere in the string, as Spark's {@code find()}. An invalid expression is {@code [INVALID_PARAMETER_VALUE]}.
 */
public record RLike(Expression left, Expression right, String name) implements ImplicitCastInputTypes, MayRaise {
    public RLike {
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
        requireNonNull(name, "name is null");
    }

    public RLike(Expression left, Expression right) {
        this(left, right, "rlike");
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
        return new RLike(children.get(0), children.get(1), name);
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
                left.eval(batch, context), right.eval(batch, context), p -> PatternMatch.regex(p, name, this));
    }

    @Override
    public String sql() {
        return SqlText.call(name.toUpperCase(java.util.Locale.ROOT), children());
    }

    @Override
    public String toString() {
        return left + " RLIKE " + right;
    }
}
