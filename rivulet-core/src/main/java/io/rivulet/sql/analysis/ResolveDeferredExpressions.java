package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.UnparsedExpression;
import io.rivulet.sql.expr.UnresolvedCast;
import io.rivulet.sql.parser.ParserOptions;
import io.rivulet.sql.parser.SqlParser;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.Optional;

/**
 * Gives the DataFrame API's session-less columns their session: {@code expr("...")} text is parsed as the
 * session's SQL is ({@code rivulet.sql.ansi.enabled}, {@code rivulet.sql.session.timeZone}), and {@code
 * col.cast(type)} fails as the session's casts do. First in its batch, so that the parsed expression is resolved
 * by the same pass as everything else.
 */
final class ResolveDeferredExpressions implements AnalyzerRule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan node, AnalysisContext context) {
        LogicalPlan result = node.transformExpressions(e -> resolve(e, context));
        return result == node ? Optional.empty() : Optional.of(result);
    }

    private static Expression resolve(Expression expression, AnalysisContext context) {
        if (expression instanceof UnparsedExpression text) {
            ParserOptions options =
                    new ParserOptions(context.conf().ansi(), context.conf().timeZone());
            return SqlParser.parseExpression(text.text(), options);
        } else if (expression instanceof UnresolvedCast cast) {
            return cast.resolve(context.evalMode());
        }
        return expression;
    }
}
