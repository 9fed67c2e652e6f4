package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.EqualTo;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.If;
import io.rivulet.sql.expr.In;
import io.rivulet.sql.expr.InSet;
import io.rivulet.sql.expr.IsNotNull;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.types.DataTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Simplifies {@code IN} lists of literals, as Spark's {@code OptimizeIn}: duplicates go; one item left is an
 * equality; more than {@link In#IN_SET_THRESHOLD} become an {@link InSet} (one lookup instead of a comparison
 * per item). An empty list ({@code isin()}) is false, or null for a null value.
 */
public final class OptimizeIn implements ExpressionRule {
    @Override
    public Optional<Expression> rewrite(Expression expression, RuleContext context) {
        if (!(expression instanceof In in)) {
            return Optional.empty();
        }
        if (in.list().isEmpty()) {
            return Optional.of(new If(new IsNotNull(in.value()), Literal.FALSE, Literal.ofNull(DataTypes.BooleanType)));
        }
        if (!in.list().stream().allMatch(item -> item instanceof Literal)) {
            return Optional.empty();
        }
        List<Expression> distinct = new ArrayList<>();
        for (Expression item : in.list()) {
            if (!distinct.contains(item)) {
                distinct.add(item);
            }
        }
        if (distinct.size() == 1) {
            return Optional.of(new EqualTo(in.value(), distinct.get(0)));
        }
        if (distinct.size() > In.IN_SET_THRESHOLD) {
            List<Object> values =
                    distinct.stream().map(item -> ((Literal) item).value()).toList();
            return Optional.of(new InSet(in.value(), values));
        }
        return distinct.size() < in.list().size() ? Optional.of(new In(in.value(), distinct)) : Optional.empty();
    }
}
