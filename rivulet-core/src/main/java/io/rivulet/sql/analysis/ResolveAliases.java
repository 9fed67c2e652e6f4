package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.Cast;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Generator;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.UnresolvedAlias;
import io.rivulet.sql.expr.WindowExpression;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Names the unnamed columns of select lists, as Spark's {@code ResolveAliases}: a column or an alias keeps its name,
 * a cast of a column keeps the column's name ({@code CAST(a AS BIGINT)} is {@code a}), anything else is named by its
 * SQL ({@code (a + 1)}, {@code upper(c)}, {@code s.f} for {@code getField}, {@code count(1)}). An expression is named
 * once its names are resolved and its window frames known, before type coercion inserts casts into it, so that
 * implicit casts never show in names (Spark strips them when it names). A generator keeps its unnamed form for
 * {@link ExtractGenerator}, which names its columns.
 */
final class ResolveAliases implements AnalyzerRule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan node, AnalysisContext context) {
        if (node instanceof Project project) {
            List<NamedExpression> list = name(project.projectList());
            return list == project.projectList() ? Optional.empty() : Optional.of(new Project(list, project.child()));
        } else if (node instanceof Aggregate aggregate) {
            List<NamedExpression> list = name(aggregate.aggregates());
            return list == aggregate.aggregates()
                    ? Optional.empty()
                    : Optional.of(new Aggregate(aggregate.grouping(), list, aggregate.child()));
        }
        return Optional.empty();
    }

    /** The list with its unnamed items named; the same list when there is nothing to name yet. */
    private static List<NamedExpression> name(List<NamedExpression> list) {
        List<NamedExpression> named = new ArrayList<>(list.size());
        boolean changed = false;
        for (NamedExpression item : list) {
            NamedExpression after = item instanceof UnresolvedAlias alias ? name(alias) : item;
            changed |= after != item;
            named.add(after);
        }
        return changed ? named : list;
    }

    private static NamedExpression name(UnresolvedAlias alias) {
        Expression child = alias.child();
        if (!ready(child)) {
            return alias;
        } else if (child instanceof NamedExpression named) {
            return named;
        } else if (child instanceof Generator) {
            return alias;
        } else if (child instanceof Cast cast && cast.child() instanceof NamedExpression named) {
            return Alias.of(cast, named.name());
        }
        return Alias.of(child, child.sql());
    }

    /** Names resolved, window frames filled in. */
    static boolean ready(Expression expression) {
        return ColumnResolution.namesResolved(expression)
                && !expression.exists(
                        e -> e instanceof WindowExpression w && w.spec().frame().isEmpty());
    }
}
