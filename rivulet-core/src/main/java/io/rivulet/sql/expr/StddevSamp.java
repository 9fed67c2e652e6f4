package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** {@code stddev_samp(x)}: the sample standard deviation (also {@code stddev}, {@code std}, named as called), a double; see {@link MomentState} for the state and the null rules. */
public record StddevSamp(Expression child, String name) implements MomentAggregate {
    public StddevSamp {
        requireNonNull(child, "child is null");
        requireNonNull(name, "name is null");
    }

    public StddevSamp(Expression child) {
        this(child, "stddev_samp");
    }

    @Override
    public MomentState.Kind kind() {
        return MomentState.Kind.STDDEV_SAMP;
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new StddevSamp(children.get(0), name);
    }

    @Override
    public String toString() {
        return name + "(" + child + ")";
    }
}
