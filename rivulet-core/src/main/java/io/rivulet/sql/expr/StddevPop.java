package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** {@code stddev_pop(x)}: the population standard deviation, a double; see {@link MomentState} for the state and the null rules. */
public record StddevPop(Expression child, String name) implements MomentAggregate {
    public StddevPop {
        requireNonNull(child, "child is null");
        requireNonNull(name, "name is null");
    }

    public StddevPop(Expression child) {
        this(child, "stddev_pop");
    }

    @Override
    public MomentState.Kind kind() {
        return MomentState.Kind.STDDEV_POP;
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new StddevPop(children.get(0), name);
    }

    @Override
    public String toString() {
        return name + "(" + child + ")";
    }
}
