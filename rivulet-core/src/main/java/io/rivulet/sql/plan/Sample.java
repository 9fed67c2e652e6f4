package io.rivulet.sql.plan;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import java.util.List;

/** {@code sample(withReplacement, fraction, seed)}: about {@code fraction} of the child's rows, per partition. */
public record Sample(double fraction, boolean withReplacement, long seed, LogicalPlan child) implements UnaryNode {
    public Sample {
        if (!(fraction >= 0) || (!withReplacement && fraction > 1)) {
            throw new IllegalArgumentException("Sampling fraction (" + fraction + ") must be on interval "
                    + (withReplacement ? "[0, inf)" : "[0, 1]"));
        }
        requireNonNull(child, "child is null");
    }

    @Override
    public LogicalPlan withChild(LogicalPlan newChild) {
        return new Sample(fraction, withReplacement, seed, newChild);
    }

    @Override
    public List<AttributeReference> output() {
        return child.output();
    }

    @Override
    public List<Expression> expressions() {
        return List.of();
    }

    @Override
    public LogicalPlan withNewExpressions(List<Expression> expressions) {
        return this;
    }

    @Override
    public String nodeString() {
        return "Sample 0.0, " + fraction + ", " + withReplacement + ", " + seed;
    }
}
