package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.ExprId;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Generator;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.expr.UnresolvedAttribute;
import io.rivulet.sql.expr.UnresolvedFunction;
import io.rivulet.sql.expr.UnresolvedStar;
import io.rivulet.sql.expr.WindowExpression;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.Generate;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.SetOperation;
import io.rivulet.sql.plan.Sort;
import io.rivulet.sql.plan.Union;
import io.rivulet.sql.plan.Window;
import io.rivulet.sql.types.DataTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The check phase after the rules, as Spark's {@code CheckAnalysis}: the plan is walked bottom up, so that the
 * first mistake reported is the innermost, and each operator is checked in Spark's order: names (a column no input
 * has, with the closest suggested), then types ({@code checkInputTypes()} as {@code [DATATYPE_MISMATCH.*]}), then
 * what the operator allows (aggregates only in an aggregation, grouped columns, window functions only over a window,
 * boolean conditions, orderable sort keys, matching set operation columns), then that every attribute it reads is in
 * its input. Subtrees analyzed before are not checked again.
 */
final class CheckAnalysis {
    void check(LogicalPlan plan) {
        if (AnalyzedPlans.contains(plan)) {
            return;
        }
        for (LogicalPlan child : plan.children()) {
            check(child);
        }
        checkOperator(plan);
    }

    private void checkOperator(LogicalPlan node) {
        for (Expression expression : node.expressions()) {
            checkNames(expression, node);
        }
        for (Expression expression : node.expressions()) {
            checkTypes(expression);
            checkWindowFunctionsHaveOver(expression);
        }
        if (node instanceof Filter filter) {
            checkFilter(filter);
        } else if (node instanceof Aggregate aggregate) {
            AggregateChecks.check(aggregate);
        } else if (node instanceof Sort sort) {
            checkSpecialExpressions(node);
            for (SortOrder order : sort.order()) {
                if (!Expressions.isOrderable(order.dataType())) {
                    throw AnalysisErrors.invalidOrderingType(order);
                }
            }
        } else if (node instanceof Join join) {
            checkSpecialExpressions(node);
            Optional<Expression> condition = join.condition();
            if (condition.isPresent() && !condition.get().dataType().equals(DataTypes.BooleanType)) {
                throw AnalysisErrors.joinConditionNotBoolean(condition.get());
            }
        } else if (node instanceof Union || node instanceof SetOperation) {
            SetOperationChecks.check(node);
        } else if (!(node instanceof Project) && !(node instanceof Window) && !(node instanceof Generate)) {
            checkSpecialExpressions(node);
        }
        checkMissingInput(node);
        if (!node.resolved()) {
            throw AnalysisErrors.internalError("The analyzer left an operator unresolved: " + node.nodeString());
        }
    }

    /** The first unresolved name, bottom up: a column no input has, a star out of place, an unknown function. */
    private static void checkNames(Expression expression, LogicalPlan node) {
        for (Expression child : expression.children()) {
            checkNames(child, node);
        }
        if (expression instanceof UnresolvedAttribute name) {
            throw AnalysisErrors.unresolvedColumn(name.nameParts(), name.sql(), candidates(node));
        } else if (expression instanceof UnresolvedStar) {
            throw AnalysisErrors.invalidStarUsage(node.getClass().getSimpleName());
        } else if (expression instanceof UnresolvedFunction call) {
            throw AnalysisErrors.unresolvedRoutine(call.name());
        }
    }

    /** The input columns a missing name may have meant, qualified, sorted by name and id as Spark's {@code inputSet}. */
    private static List<List<String>> candidates(LogicalPlan node) {
        List<AttributeReference> input = new ArrayList<>(node.inputAttributes());
        input.sort(Comparator.comparing(AttributeReference::name)
                .thenComparingLong(a -> a.exprId().id()));
        List<List<String>> candidates = new ArrayList<>();
        Set<ExprId> seen = new HashSet<>();
        for (AttributeReference attribute : input) {
            if (seen.add(attribute.exprId())) {
                List<String> parts = new ArrayList<>(attribute.qualifier());
                parts.add(attribute.name());
                candidates.add(parts);
            }
        }
        return candidates;
    }

    /** The first node, bottom up, whose children are resolved but whose input types are refused. */
    static void checkTypes(Expression expression) {
        boolean childrenResolved = true;
        for (Expression child : expression.children()) {
            checkTypes(child);
            childrenResolved &= child.resolved();
        }
        if (childrenResolved) {
            Optional<String> problem = expression.checkInputTypes();
            if (problem.isPresent()) {
                throw AnalysisErrors.dataTypeMismatch(expression, problem.get());
            }
        }
    }

    /** {@code row_number()} and its kind are computed over a window only. */
    private static void checkWindowFunctionsHaveOver(Expression expression) {
        if (expression instanceof WindowExpression window) {
            for (Expression child : window.function().children()) {
                checkWindowFunctionsHaveOver(child);
            }
            return;
        }
        if (Expressions.isWindowOnlyFunction(expression)) {
            throw AnalysisErrors.windowFunctionWithoutOver(expression);
        }
        for (Expression child : expression.children()) {
            checkWindowFunctionsHaveOver(child);
        }
    }

    private static void checkFilter(Filter filter) {
        List<Expression> special = Expressions.specialExpressions(filter.condition());
        if (!special.isEmpty()) {
            throw AnalysisErrors.invalidWhereCondition(filter.condition(), special);
        }
        if (!filter.condition().dataType().equals(DataTypes.BooleanType)) {
            throw AnalysisErrors.filterNotBoolean(filter.condition());
        }
    }

    /** Aggregates, window expressions and generators belong to their own operators, not to this one. */
    private static void checkSpecialExpressions(LogicalPlan node) {
        List<Expression> special = new ArrayList<>();
        for (Expression expression : node.expressions()) {
            special.addAll(Expressions.specialExpressions(expression));
        }
        if (node instanceof Generate generate) {
            special.remove(generate.generator());
        }
        if (!special.isEmpty()) {
            if (special.stream().anyMatch(e -> e instanceof Generator)) {
                throw AnalysisErrors.generatorOutsideSelect(node.nodeString());
            }
            throw AnalysisErrors.unsupportedExpressionsForOperator(special);
        }
    }

    /** Every attribute the operator reads is a column of its children's outputs (by id). */
    private static void checkMissingInput(LogicalPlan node) {
        List<AttributeReference> input = node.inputAttributes();
        Set<ExprId> available = new HashSet<>();
        for (AttributeReference attribute : input) {
            available.add(attribute.exprId());
        }
        List<AttributeReference> missing = new ArrayList<>();
        for (Expression expression : node.expressions()) {
            for (AttributeReference reference : expression.references()) {
                if (!available.contains(reference.exprId()) && !missing.contains(reference)) {
                    missing.add(reference);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw AnalysisErrors.missingAttributes(missing, input, node.nodeString());
        }
    }

    /** The aggregate functions of a list, outside window expressions: for the aggregation checks. */
    static List<AggregateFunction> aggregates(List<? extends NamedExpression> list) {
        List<AggregateFunction> found = new ArrayList<>();
        for (NamedExpression item : list) {
            for (Expression e : Expressions.aggregatesOutsideWindows(item)) {
                found.add((AggregateFunction) e);
            }
        }
        return found;
    }
}
