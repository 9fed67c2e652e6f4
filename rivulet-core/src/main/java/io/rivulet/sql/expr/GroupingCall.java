package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code grouping(c)} (a tinyint: 1 where {@code c} is not grouped in the row's grouping set, its null standing
 * for all values) and {@code grouping_id(c1, ..., cn)} (a bigint with bit {@code n - 1 - i} set where {@code ci}
 * is not grouped). Only {@code rollup} and {@code cube} give them values, replacing them per grouping set; left
 * anywhere else, they fail as Spark's do.
 */
public record GroupingCall(List<Expression> children, boolean id, boolean inGroupingSets) implements Expression {
    public GroupingCall {
        children = List.copyOf(children);
    }

    @Override
    public Expression withNewChildren(List<Expression> newChildren) {
        return new GroupingCall(newChildren, id, inGroupingSets);
    }

    /** Refused during analysis unless {@code rollup} or {@code cube} made it, as Spark refuses it. */
    @Override
    public java.util.Optional<String> checkInputTypes() {
        return inGroupingSets ? java.util.Optional.empty() : java.util.Optional.of(UNSUPPORTED);
    }

    private static final String UNSUPPORTED =
            "[UNSUPPORTED_GROUPING_EXPRESSION] grouping()/grouping_id() can only be used with GroupingSets/Cube/Rollup.";

    @Override
    public DataType dataType() {
        return id ? DataTypes.LongType : DataTypes.ByteType;
    }

    @Override
    public boolean nullable() {
        return false;
    }

    @Override
    public boolean foldable() {
        return false;
    }

    /** The value in a grouping set that groups the columns where {@code grouped} is true, in this call's order. */
    public Literal valueFor(List<Boolean> grouped) {
        if (!id) {
            return new Literal((byte) (grouped.get(0) ? 0 : 1), DataTypes.ByteType);
        }
        long bits = 0;
        for (boolean g : grouped) {
            bits = (bits << 1) | (g ? 0 : 1);
        }
        return new Literal(bits, DataTypes.LongType);
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        throw new IllegalStateException(UNSUPPORTED + " (left in a plan: " + this + ")");
    }

    private String name() {
        return id ? "grouping_id" : "grouping";
    }

    @Override
    public String sql() {
        return name() + "(" + children.stream().map(Expression::sql).collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public String toString() {
        return name() + "(" + children.stream().map(Object::toString).collect(Collectors.joining(", ")) + ")";
    }
}
