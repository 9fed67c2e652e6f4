package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code function OVER (spec)}: a window function or an aggregate over a window. Its children are the function,
 * then the spec's partition and order expressions, so that tree rewrites reach them all.
 */
public record WindowExpression(Expression function, WindowSpecDefinition spec) implements Expression {
    public WindowExpression {
        requireNonNull(function, "function is null");
        requireNonNull(spec, "spec is null");
    }

    @Override
    public List<Expression> children() {
        List<Expression> children = new ArrayList<>();
        children.add(function);
        children.addAll(spec.partitionSpec());
        children.addAll(spec.orderSpec());
        return children;
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        int p = spec.partitionSpec().size();
        List<SortOrder> order = new ArrayList<>();
        for (Expression e : children.subList(1 + p, children.size())) {
            order.add((SortOrder) e);
        }
        return new WindowExpression(
                children.get(0), new WindowSpecDefinition(children.subList(1, 1 + p), order, spec.frame()));
    }

    @Override
    public DataType dataType() {
        return function.dataType();
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public boolean foldable() {
        return false;
    }

    @Override
    public String sql() {
        return function.sql() + " OVER (" + WindowSql.of(spec) + ")";
    }

    @Override
    public String toString() {
        return function + " " + spec;
    }
}
