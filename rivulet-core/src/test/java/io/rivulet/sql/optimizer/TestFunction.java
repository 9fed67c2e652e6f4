package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.SqlText;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import java.util.List;

/** A function the optimizer knows nothing about: {@code f(a#1)}, of any type, deterministic or not. */
record TestFunction(String name, DataType dataType, boolean isDeterministic, List<Expression> children)
        implements Expression {
    TestFunction {
        children = List.copyOf(children);
    }

    /** A deterministic boolean function: a predicate. */
    static TestFunction predicate(String name, Expression... children) {
        return new TestFunction(name, DataTypes.BooleanType, true, List.of(children));
    }

    /** A nondeterministic boolean function ({@code rand() < 0.5}). */
    static TestFunction random(String name, Expression... children) {
        return new TestFunction(name, DataTypes.BooleanType, false, List.of(children));
    }

    static TestFunction of(String name, DataType type, Expression... children) {
        return new TestFunction(name, type, true, List.of(children));
    }

    @Override
    public Expression withNewChildren(List<Expression> newChildren) {
        return new TestFunction(name, dataType, isDeterministic, newChildren);
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public boolean deterministic() {
        return isDeterministic && Expression.super.deterministic();
    }

    @Override
    public String sql() {
        return SqlText.call(name, children);
    }

    @Override
    public String toString() {
        return SqlText.callPlan(name, children);
    }
}
