package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Unresolved;
import io.rivulet.sql.expr.WindowExpression;
import io.rivulet.sql.expr.WindowFrame;
import io.rivulet.sql.expr.WindowSpecDefinition;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.Optional;

/**
 * The frame of a window expression that names none, and the ordering ranking functions need, as Spark's
 * {@code ResolveWindowFrame} and {@code ResolveWindowOrder}: a window function that is not an aggregate
 * ({@code row_number}, {@code rank}, {@code lag}, ...) needs an {@code ORDER BY}
 * ({@code Window function row_number() requires window to be ordered}) and gets the rows up to the current one; an
 * aggregate gets {@code RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW} with an ordering and the whole partition
 * without. {@code DISTINCT} aggregates over windows are refused, as in Spark. Waits for the function's name to be
 * resolved.
 */
final class ResolveWindowFrame implements AnalyzerRule {
    static final WindowFrame RANKING_FRAME =
            new WindowFrame(WindowFrame.FrameType.ROWS, WindowFrame.UNBOUNDED_PRECEDING, WindowFrame.CURRENT_ROW);

    @Override
    public Optional<LogicalPlan> apply(LogicalPlan node, AnalysisContext context) {
        LogicalPlan result = node.transformExpressions(ResolveWindowFrame::resolve);
        return result == node ? Optional.empty() : Optional.of(result);
    }

    private static Expression resolve(Expression expression) {
        if (!(expression instanceof WindowExpression window) || window.function() instanceof Unresolved) {
            return expression;
        }
        Expression function = window.function();
        WindowSpecDefinition spec = window.spec();
        boolean windowOnly = Expressions.isWindowOnlyFunction(function);
        if (!windowOnly && !(function instanceof AggregateFunction)) {
            throw AnalysisErrors.error(
                    "UNSUPPORTED_EXPR_FOR_WINDOW",
                    "Expression " + AnalysisErrors.toSqlExpr(function) + " not supported within a window function.");
        }
        if (windowOnly && spec.orderSpec().isEmpty()) {
            throw AnalysisErrors.windowNotOrdered(function);
        }
        if (function instanceof AggregateFunction aggregate && aggregate.distinct()) {
            throw AnalysisErrors.distinctWindowFunction(window);
        }
        if (spec.frame().isPresent()) {
            return expression;
        }
        WindowFrame frame;
        if (windowOnly) {
            frame = RANKING_FRAME;
        } else if (!spec.orderSpec().isEmpty()) {
            frame = WindowFrame.DEFAULT_ORDERED;
        } else {
            frame = WindowFrame.WHOLE_PARTITION;
        }
        return new WindowExpression(
                function, new WindowSpecDefinition(spec.partitionSpec(), spec.orderSpec(), Optional.of(frame)));
    }
}
