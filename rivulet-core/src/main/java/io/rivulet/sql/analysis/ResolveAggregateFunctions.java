package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.expr.UnresolvedFunction;
import io.rivulet.sql.expr.WindowExpression;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code HAVING} and {@code ORDER BY} over an aggregation, as Spark's {@code ResolveAggregateFunctions}: a filter or a
 * sort over an {@code Aggregate} may name what the aggregation computes without giving it
 * ({@code groupBy("a").agg(sum("b")).filter(max(col("b")).gt(1))}). Names its output lacks are resolved against the
 * aggregation's input; each aggregate function is then replaced by the output column computing it, or added to the
 * aggregation under its plan string ({@code max(b#1) AS max(b#1)#9}, as Spark names it), and so is a grouping
 * expression the output lacks; a projection on top keeps the aggregation's own columns. Waits for the aggregation to
 * be resolved; fires only when the condition or the keys hold names no output has or aggregate functions.
 */
final class ResolveAggregateFunctions implements AnalyzerRule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan node, AnalysisContext context) {
        if (node instanceof Filter filter && filter.child() instanceof Aggregate aggregate) {
            return rewrite(List.of(filter.condition()), aggregate, context)
                    .map(r -> withProject(aggregate, r, new Filter(r.expressions.get(0), r.aggregate)));
        } else if (node instanceof Sort sort && sort.child() instanceof Aggregate aggregate) {
            return rewrite(List.copyOf(sort.order()), aggregate, context).map(r -> {
                List<SortOrder> order =
                        r.expressions.stream().map(e -> (SortOrder) e).toList();
                return withProject(aggregate, r, new Sort(order, sort.global(), r.aggregate));
            });
        }
        return Optional.empty();
    }

    private record Rewritten(List<Expression> expressions, Aggregate aggregate) {}

    private static LogicalPlan withProject(Aggregate original, Rewritten rewritten, LogicalPlan node) {
        return rewritten.aggregate == original ? node : new Project(List.copyOf(original.output()), node);
    }

    private static Optional<Rewritten> rewrite(
            List<Expression> expressions, Aggregate aggregate, AnalysisContext context) {
        if (!Plans.resolved(aggregate)) {
            return Optional.empty();
        }
        boolean needed = false;
        for (Expression expression : expressions) {
            needed |= !ColumnResolution.namesResolved(expression)
                    || !Expressions.aggregatesOutsideWindows(expression).isEmpty();
        }
        if (!needed) {
            return Optional.empty();
        }
        List<AttributeReference> input = aggregate.child().output();
        List<Expression> resolved = new ArrayList<>();
        for (Expression expression : expressions) {
            Expression e = ResolveReferences.resolveExpression(expression, aggregate.output());
            e = ResolveReferences.resolveExpression(e, input);
            e = e.transformUp(f -> resolveFunction(f, context));
            if (!ColumnResolution.namesResolved(e)) {
                return Optional.empty(); // a name neither the output nor the input has: the check reports it
            }
            resolved.add(e);
        }
        List<NamedExpression> aggregates = new ArrayList<>(aggregate.aggregates());
        List<Expression> rewritten = new ArrayList<>();
        for (Expression expression : resolved) {
            rewritten.add(pushDown(expression, aggregate, aggregates));
        }
        Aggregate extended = aggregates.size() == aggregate.aggregates().size()
                ? aggregate
                : new Aggregate(aggregate.grouping(), aggregates, aggregate.child());
        return Optional.of(new Rewritten(rewritten, extended));
    }

    private static Expression resolveFunction(Expression expression, AnalysisContext context) {
        if (expression instanceof UnresolvedFunction call
                && call.arguments().stream().allMatch(ColumnResolution::namesResolved)) {
            return context.functions()
                    .resolve(call.name(), call.arguments(), call.distinct())
                    .orElseThrow(() -> AnalysisErrors.unresolvedRoutine(call.name()));
        }
        return expression;
    }

    /** Aggregate functions and grouping expressions as output columns of the aggregation, added when missing. */
    private static Expression pushDown(Expression expression, Aggregate aggregate, List<NamedExpression> aggregates) {
        return expression.transformDown(e -> {
            if (e instanceof WindowExpression || e instanceof AttributeReference && isOutput(e, aggregates)) {
                return e;
            }
            boolean grouping = aggregate.grouping().stream().anyMatch(g -> Expressions.semanticEquals(g, e));
            if (!(e instanceof AggregateFunction) && !grouping) {
                return e;
            }
            for (NamedExpression output : aggregates) {
                Expression computed = output instanceof Alias alias ? alias.child() : output;
                if (Expressions.semanticEquals(computed, e)) {
                    return output.toAttribute();
                }
            }
            NamedExpression added = e instanceof AttributeReference a ? a : Alias.of(e, e.toString());
            aggregates.add(added);
            return added.toAttribute();
        });
    }

    private static boolean isOutput(Expression attribute, List<NamedExpression> aggregates) {
        for (NamedExpression output : aggregates) {
            if (output.toAttribute().exprId().equals(((AttributeReference) attribute).exprId())) {
                return true;
            }
        }
        return false;
    }
}
