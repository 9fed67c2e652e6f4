package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.BooleanVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code value IN (list...)} with SQL's null rules: null when the value is null, or when no item equals it and some
 * item is null; true when an item equals it. Items are of the value's type (the analyzer casts them). A list of
 * more than {@value #IN_SET_THRESHOLD} non-null constants is evaluated as an {@link InSet} (a hash or sorted set)
 * rather than one comparison per item.
 */
public record In(Expression value, List<Expression> list) implements Expression {
    /** Spark's {@code spark.sql.optimizer.inSetConversionThreshold}. */
    public static final int IN_SET_THRESHOLD = 10;

    public In {
        requireNonNull(value, "value is null");
        list = List.copyOf(list);
    }

    @Override
    public List<Expression> children() {
        List<Expression> children = new ArrayList<>(list.size() + 1);
        children.add(value);
        children.addAll(list);
        return children;
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new In(children.get(0), children.subList(1, children.size()));
    }

    @Override
    public DataType dataType() {
        return DataTypes.BooleanType;
    }

    @Override
    public boolean nullable() {
        return children().stream().anyMatch(Expression::nullable);
    }

    @Override
    public Optional<String> checkInputTypes() {
        Optional<String> same = TypeChecks.allSameType(this, "in", children());
        return same.isPresent() ? same : TypeChecks.orderable(this, "in", value.dataType());
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        if (list.size() > IN_SET_THRESHOLD && list.stream().allMatch(e -> e instanceof Literal)) {
            return InSet.of(value, list).eval(batch, context);
        }
        int n = batch.numRows();
        ColumnVector v = value.eval(batch, context);
        boolean[] found = new boolean[n];
        boolean[] sawNull = new boolean[n];
        for (Expression item : list) {
            ColumnVector iv = item.eval(batch, context);
            BooleanVector eq = Comparisons.compare(ComparisonOp.EQUAL, v, iv, n);
            boolean[] values = eq.values();
            for (int i = 0; i < n; i++) {
                found[i] |= values[i] && !eq.isNull(i);
                sawNull[i] |= iv.isNull(i);
            }
        }
        return InSet.result(v, found, sawNull, n);
    }

    @Override
    public String sql() {
        return "(" + value.sql() + " IN (" + list.stream().map(Expression::sql).collect(Collectors.joining(", "))
                + "))";
    }

    @Override
    public String toString() {
        return value + " IN (" + list.stream().map(Object::toString).collect(Collectors.joining(",")) + ")";
    }
}
