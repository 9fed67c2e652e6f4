package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;
import java.util.Optional;

/**
 * Replaces each largest foldable expression (constant for every row: {@code 1 + 2}, {@code upper('a')}) by the
 * literal of its value, computed by evaluating it over a batch of one row and no column, in the session's time
 * zone and ANSI mode. An expression whose evaluation fails ({@code 1 / 0} in ANSI mode, an invalid cast) is left
 * as it is, so that the error is raised when the query runs, and only if the rows reach it.
 */
public final class ConstantFolding implements ExpressionRule {
    private static final ColumnBatch ONE_ROW = new ColumnBatch(1, List.of());

    @Override
    public Traversal expressionTraversal() {
        return Traversal.TOP_DOWN; // the largest constant subtree at once, not each level of it
    }

    @Override
    public Optional<Expression> rewrite(Expression expression, RuleContext context) {
        if (expression instanceof Literal || !expression.foldable()) {
            return Optional.empty();
        }
        Object value;
        try {
            ColumnVector result = expression.eval(ONE_ROW, context.evalContext());
            value = result.getInternal(0);
        } catch (RuntimeException e) {
            return Optional.empty(); // raised at run time instead, where Spark raises it
        }
        return Optional.of(new Literal(value, expression.dataType()));
    }
}
