package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import java.util.List;

/** An aggregate function the tests never run: {@code count(x)}, or {@code sum(x)} ({@code name}). */
record TestAggregate(String name, Expression child) implements AggregateFunction {
    static TestAggregate count(Expression child) {
        return new TestAggregate("count", child);
    }

    static TestAggregate sum(Expression child) {
        return new TestAggregate("sum", child);
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new TestAggregate(name, children.get(0));
    }

    @Override
    public DataType dataType() {
        return name.equals("count") ? DataTypes.LongType : child.dataType();
    }

    @Override
    public boolean nullable() {
        return !name.equals("count");
    }

    @Override
    public List<DataType> stateTypes() {
        return List.of(DataTypes.LongType);
    }

    @Override
    public GroupedState newState() {
        throw new UnsupportedOperationException("never run");
    }

    @Override
    public String sql() {
        return name + "(" + child.sql() + ")";
    }

    @Override
    public String toString() {
        return name + "(" + child + ")";
    }
}
