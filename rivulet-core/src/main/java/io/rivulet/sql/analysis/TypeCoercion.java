package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.EvalMode;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.Optional;

/**
 * Implicit casts, as Spark 4's {@code AnsiTypeCoercion} (or its legacy rules with ANSI mode off): the operands of
 * arithmetic and comparisons meet at a common type ({@link OperatorCoercion}), the branches of conditionals and the
 * elements of {@code IN} lists, arrays and maps at their wider type ({@link BranchCoercion}), and the arguments of a
 * function at the types it declares ({@link InputTypeCoercion}). {@code int_col + 1L} becomes {@code
 * CAST(int_col AS BIGINT) + 1L}; {@code 1 / 2} divides doubles; {@code date_col > '2024-01-01'} compares dates.
 *
 * <p>Bottom up over each node's expressions, an expression at a time once its children are resolved, so that a
 * parent sees its children's final types; idempotent, since a child already of the target type is left alone. The
 * casts fail as the session's casts do ({@code CAST_INVALID_INPUT} in ANSI mode). What cannot meet is left as it is,
 * for {@link CheckAnalysis} to report with both types.
 */
final class TypeCoercion implements AnalyzerRule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan node, AnalysisContext context) {
        EvalMode mode = context.evalMode();
        boolean ansi = mode == EvalMode.ANSI;
        LogicalPlan after = node.transformExpressions(e -> coerce(e, ansi, mode));
        return after == node ? Optional.empty() : Optional.of(after);
    }

    private static Expression coerce(Expression expression, boolean ansi, EvalMode mode) {
        if (!childrenResolved(expression)) {
            return expression;
        }
        Expression operators = OperatorCoercion.coerce(expression, ansi, mode);
        if (operators != expression) {
            return operators;
        }
        Expression branches = BranchCoercion.coerce(expression, ansi, mode);
        if (branches != expression) {
            return branches;
        }
        return InputTypeCoercion.coerce(expression, ansi, mode);
    }

    private static boolean childrenResolved(Expression expression) {
        for (Expression child : expression.children()) {
            if (!child.resolved()) {
                return false;
            }
        }
        return true;
    }
}
