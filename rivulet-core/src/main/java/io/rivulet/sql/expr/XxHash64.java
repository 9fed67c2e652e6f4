package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import java.util.List;

/** {@code xxhash64(a, b, ...)}: a bigint, Spark's XXH64 of each column in turn; for bigint columns the loop is the bench port's {@code XxHash64.hashLong}. Never null: a null column leaves the hash unchanged. */
public record XxHash64(List<Expression> children, long seed) implements HashExpression {
    public XxHash64 {
        children = List.copyOf(children);
    }

    /** With Spark's seed, 42. */
    public XxHash64(List<Expression> children) {
        this(children, DEFAULT_SEED);
    }

    @Override
    public boolean xx() {
        return true;
    }

    @Override
    public String name() {
        return "xxhash64";
    }

    @Override
    public Expression withNewChildren(List<Expression> newChildren) {
        return new XxHash64(newChildren, seed);
    }

    @Override
    public DataType dataType() {
        return DataTypes.LongType;
    }

    @Override
    public String toString() {
        return SqlText.callPlan("xxhash64", children);
    }
}
