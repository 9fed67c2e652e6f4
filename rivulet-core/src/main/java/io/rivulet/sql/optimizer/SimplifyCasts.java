package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.Cast;
import io.rivulet.sql.expr.Expression;
import java.util.Optional;

/** Removes a cast to the type its input already has: it can neither change a value nor fail (Spark's {@code SimplifyCasts}). */
public final class SimplifyCasts implements ExpressionRule {
    @Override
    public Optional<Expression> rewrite(Expression expression, RuleContext context) {
        if (expression instanceof Cast cast && cast.child().dataType().equals(cast.dataType())) {
            return Optional.of(cast.child());
        }
        return Optional.empty();
    }
}
