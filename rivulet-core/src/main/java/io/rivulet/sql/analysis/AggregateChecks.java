package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Generator;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.WindowExpression;
import io.rivulet.sql.plan.Aggregate;

/**
 * What an aggregation allows, as the {@code Aggregate} case of Spark's {@code CheckAnalysis}: each output is made of
 * aggregate functions (whose arguments hold no aggregate and are deterministic), grouping expressions, and anything
 * over those; a column outside both is {@code [MISSING_AGGREGATION]}, or {@code [MISSING_GROUP_BY]} without a
 * grouping. Grouping expressions hold no aggregate and have orderable types.
 */
final class AggregateChecks {
    private AggregateChecks() {}

    static void check(Aggregate aggregate) {
        for (NamedExpression output : aggregate.aggregates()) {
            checkAggregateExpression(output, aggregate);
        }
        for (Expression grouping : aggregate.grouping()) {
            if (Expressions.containsAggregate(grouping)) {
                throw AnalysisErrors.groupByAggregate(grouping);
            }
            if (!Expressions.isOrderable(grouping.dataType())) {
                throw AnalysisErrors.groupingNotOrderable(grouping);
            }
        }
    }

    private static void checkAggregateExpression(Expression expression, Aggregate aggregate) {
        if (expression instanceof AggregateFunction function) {
            for (Expression argument : function.children()) {
                if (Expressions.containsAggregate(argument)) {
                    throw AnalysisErrors.nestedAggregate();
                }
                if (!argument.deterministic()) {
                    throw AnalysisErrors.nonDeterministicInAggregate(argument);
                }
            }
            return;
        }
        if (expression instanceof WindowExpression || expression instanceof Generator) {
            return; // extracted into their own operators before the check, or reported there
        }
        boolean grouped = false;
        for (Expression grouping : aggregate.grouping()) {
            grouped |= Expressions.semanticEquals(grouping, expression);
        }
        if (grouped) {
            return;
        }
        if (expression instanceof AttributeReference attribute) {
            throw aggregate.grouping().isEmpty()
                    ? AnalysisErrors.missingGroupBy()
                    : AnalysisErrors.missingAggregation(attribute);
        }
        for (Expression child : expression.children()) {
            checkAggregateExpression(child, aggregate);
        }
    }
}
