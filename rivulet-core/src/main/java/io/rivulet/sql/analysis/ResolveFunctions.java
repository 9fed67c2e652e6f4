package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.UnresolvedFunction;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.Optional;

/**
 * Calls by name to the nodes of the session's function registry ({@link FunctionResolver}), as Spark's
 * {@code ResolveFunctions}: a call waits until its arguments' names are resolved (not their types: the casts that make
 * them meet come later, from {@link TypeCoercion}, so that a column is named before they are). A name no function has
 * is {@code [UNRESOLVED_ROUTINE]}.
 */
final class ResolveFunctions implements AnalyzerRule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan node, AnalysisContext context) {
        LogicalPlan result = node.transformExpressions(e -> resolve(e, context.functions()));
        return result == node ? Optional.empty() : Optional.of(result);
    }

    private static Expression resolve(Expression expression, FunctionResolver functions) {
        if (!(expression instanceof UnresolvedFunction call)) {
            return expression;
        }
        for (Expression argument : call.arguments()) {
            if (!ColumnResolution.namesResolved(argument)) {
                return expression;
            }
        }
        return functions
                .resolve(call.name(), call.arguments(), call.distinct())
                .orElseThrow(() -> AnalysisErrors.unresolvedRoutine(call.name()));
    }
}
