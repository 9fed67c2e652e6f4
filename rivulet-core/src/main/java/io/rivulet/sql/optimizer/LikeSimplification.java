package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.Contains;
import io.rivulet.sql.expr.EndsWith;
import io.rivulet.sql.expr.EqualTo;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Like;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.StartsWith;
import java.util.Optional;

/**
 * Replaces a {@code LIKE} whose pattern is a plain prefix, suffix, infix or string by the string test it is
 * ({@code s LIKE 'abc%'} is {@code startswith(s, 'abc')}), as Spark's {@code LikeSimplification}: no pattern
 * matching at run time, and the test can go to the source ({@link PushFilterIntoScan}).
 */
public final class LikeSimplification implements ExpressionRule {
    @Override
    public Optional<Expression> rewrite(Expression expression, RuleContext context) {
        if (!(expression instanceof Like like)) {
            return Optional.empty();
        }
        return LikePatterns.of(like).map(p -> {
            Literal text = Literal.of(p.text());
            return switch (p.kind()) {
                case STARTS_WITH -> new StartsWith(like.left(), text);
                case ENDS_WITH -> new EndsWith(like.left(), text);
                case CONTAINS -> new Contains(like.left(), text);
                case EQUAL_TO -> new EqualTo(like.left(), text);
            };
        });
    }
}
