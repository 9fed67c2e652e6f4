package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** {@code var_pop(x)}: the population variance, a double; see {@link MomentState} for the state and the null rules. */
public record VariancePop(Expression child, String name) implements MomentAggregate {
    public VariancePop {
        requireNonNull(child, "child is null");
        requireNonNull(name, "name is null");
    }

    public VariancePop(Expression child) {
        this(child, "var_pop");
    }

    @Override
    public MomentState.Kind kind() {
        return MomentState.Kind.VAR_POP;
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new VariancePop(children.get(0), name);
    }

    @Override
    public String toString() {
        return name + "(" + child + ")";
    }
}
