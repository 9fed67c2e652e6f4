package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import java.util.List;

/** {@code hash(a, b, ...)}: an int, Spark's Murmur3 of each column in turn (the {@code hash} function). Never null: a null column leaves the hash unchanged. */
public record Murmur3Hash(List<Expression> children, long seed) implements HashExpression {
    public Murmur3Hash {
        children = List.copyOf(children);
    }

    /** With Spark's seed, 42. */
    public Murmur3Hash(List<Expression> children) {
        this(children, DEFAULT_SEED);
    }

    @Override
    public boolean xx() {
        return false;
    }

    @Override
    public String name() {
        return "hash";
    }

    @Override
    public Expression withNewChildren(List<Expression> newChildren) {
        return new Murmur3Hash(newChildren, seed);
    }

    @Override
    public DataType dataType() {
        return DataTypes.IntegerType;
    }

    @Override
    public String toString() {
        return SqlText.callPlan("hash", children);
    }
}
