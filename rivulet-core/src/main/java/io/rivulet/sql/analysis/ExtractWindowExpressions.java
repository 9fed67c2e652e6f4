package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.ExprId;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.expr.UnresolvedAlias;
import io.rivulet.sql.expr.WindowExpression;
import io.rivulet.sql.expr.WindowSpecDefinition;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.Window;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Window expressions in a select list (or an aggregation's output) move into {@code Window} operators, one per
 * distinct partitioning and ordering, as Spark's {@code ExtractWindowExpressions}:
 *
 * <ol>
 *   <li>what the window expressions read is computed below them: columns as they are, other expressions under
 *       {@code _w0}, {@code _w1}, ... (aggregates too, in an aggregation), beside the list's other items;
 *   <li>each window expression is a column of its window: its alias's, or {@code _we0}, {@code _we1}, ... when it sits
 *       inside a larger expression ({@code a + sum(a) OVER w});
 *   <li>a projection on top gives the list's columns in their order.
 * </ol>
 *
 * Window functions inside an aggregate function, or in a filter, are errors as in Spark. Waits until the list is
 * named and resolved but for its types.
 */
final class ExtractWindowExpressions implements AnalyzerRule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan node, AnalysisContext context) {
        if (node instanceof Filter filter && Expressions.containsWindow(filter.condition())) {
            throw AnalysisErrors.windowInClause("WHERE");
        }
        List<NamedExpression> list;
        if (node instanceof Project project) {
            list = project.projectList();
        } else if (node instanceof Aggregate aggregate) {
            list = aggregate.aggregates();
        } else {
            return Optional.empty();
        }
        if (list.stream().noneMatch(Expressions::containsWindow) || !ready(node, list)) {
            return Optional.empty();
        }
        Extraction extraction = new Extraction(list);
        List<NamedExpression> withWindows = new ArrayList<>();
        for (NamedExpression item : list) {
            if (Expressions.containsWindow(item)) {
                withWindows.add((NamedExpression) extraction.rewrite(item));
            }
        }
        List<NamedExpression> below = new ArrayList<>(extraction.regular);
        below.addAll(extraction.extracted);
        LogicalPlan plan = node instanceof Aggregate aggregate
                ? new Aggregate(aggregate.grouping(), below, aggregate.child())
                : new Project(below, node.children().get(0));
        return Optional.of(addWindows(list, withWindows, plan));
    }

    private static boolean ready(LogicalPlan node, List<NamedExpression> list) {
        if (!Plans.childrenResolved(node)) {
            return false;
        }
        for (NamedExpression item : list) {
            if (item instanceof UnresolvedAlias || !ResolveAliases.ready(item)) {
                return false;
            }
        }
        return true;
    }

    /** What the window expressions of a list read, moved below them. */
    private static final class Extraction {
        final List<NamedExpression> regular = new ArrayList<>();
        final List<NamedExpression> extracted = new ArrayList<>();
        private final Set<ExprId> available = new HashSet<>();

        Extraction(List<NamedExpression> list) {
            for (NamedExpression item : list) {
                if (!Expressions.containsWindow(item)) {
                    regular.add(item);
                    available.add(item.toAttribute().exprId());
                }
            }
        }

        /** An expression read below the windows: a column as it is, a constant in place, anything else as {@code _wN}. */
        Expression extract(Expression expression) {
            if (expression instanceof AttributeReference attribute) {
                if (available.add(attribute.exprId())) {
                    extracted.add(attribute);
                }
                return attribute;
            } else if (expression.foldable()) {
                return expression;
            }
            Alias alias = Alias.of(expression, "_w" + extracted.size());
            extracted.add(alias);
            available.add(alias.exprId());
            return alias.toAttribute();
        }

        Expression rewrite(Expression expression) {
            if (expression instanceof WindowExpression window) {
                Expression function = window.function();
                for (Expression argument : function.children()) {
                    if (Expressions.containsWindow(argument)) {
                        throw AnalysisErrors.windowInsideAggregate();
                    }
                }
                Expression newFunction = function.withNewChildren(
                        function.children().stream().map(this::extract).toList());
                WindowSpecDefinition spec = window.spec();
                List<Expression> partition =
                        spec.partitionSpec().stream().map(this::extract).toList();
                List<SortOrder> order = spec.orderSpec().stream()
                        .map(o -> new SortOrder(extract(o.child()), o.ascending(), o.nullsFirst()))
                        .toList();
                return new WindowExpression(newFunction, new WindowSpecDefinition(partition, order, spec.frame()));
            } else if (expression instanceof AggregateFunction) {
                if (Expressions.containsWindow(expression)) {
                    throw AnalysisErrors.windowInsideAggregate();
                }
                return extract(expression);
            } else if (expression instanceof AttributeReference) {
                return extract(expression);
            }
            List<Expression> children = expression.children();
            if (children.isEmpty()) {
                return expression;
            }
            List<Expression> rewritten = children.stream().map(this::rewrite).toList();
            return expression.withNewChildren(rewritten);
        }
    }

    /** The windows over {@code plan}, one per partitioning and ordering, under a projection of the list. */
    private static LogicalPlan addWindows(
            List<NamedExpression> list, List<NamedExpression> withWindows, LogicalPlan plan) {
        List<NamedExpression> windowColumns = new ArrayList<>();
        List<NamedExpression> finals = new ArrayList<>();
        for (NamedExpression item : withWindows) {
            if (item instanceof Alias alias && alias.child() instanceof WindowExpression) {
                windowColumns.add(alias);
                finals.add(alias.toAttribute());
            } else {
                finals.add((NamedExpression) item.transformDown(e -> {
                    if (e instanceof WindowExpression) {
                        Alias column = Alias.of(e, "_we" + windowColumns.size());
                        windowColumns.add(column);
                        return column.toAttribute();
                    }
                    return e;
                }));
            }
        }
        Map<List<Object>, List<NamedExpression>> bySpec = new LinkedHashMap<>();
        for (NamedExpression column : windowColumns) {
            WindowSpecDefinition spec = ((WindowExpression) ((Alias) column).child()).spec();
            bySpec.computeIfAbsent(List.of(spec.partitionSpec(), spec.orderSpec()), k -> new ArrayList<>())
                    .add(column);
        }
        LogicalPlan windows = plan;
        for (List<NamedExpression> columns : bySpec.values()) {
            WindowSpecDefinition spec = ((WindowExpression) ((Alias) columns.get(0)).child()).spec();
            windows = new Window(columns, spec.partitionSpec(), spec.orderSpec(), windows);
        }
        List<NamedExpression> projected = new ArrayList<>(list.size());
        int next = 0;
        for (NamedExpression item : list) {
            projected.add(Expressions.containsWindow(item) ? finals.get(next++) : item.toAttribute());
        }
        return new Project(projected, windows);
    }
}
