package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** {@code var_samp(x)}: the sample variance (also {@code variance}, named as called), a double; see {@link MomentState} for the state and the null rules. */
public record VarianceSamp(Expression child, String name) implements MomentAggregate {
    public VarianceSamp {
        requireNonNull(child, "child is null");
        requireNonNull(name, "name is null");
    }

    public VarianceSamp(Expression child) {
        this(child, "var_samp");
    }

    @Override
    public MomentState.Kind kind() {
        return MomentState.Kind.VAR_SAMP;
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new VarianceSamp(children.get(0), name);
    }

    @Override
    public String toString() {
        return name + "(" + child + ")";
    }
}
