package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.Union;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code unionByName}: each child projected to the first child's columns, matched by name case-insensitively, as
 * Spark's {@code ResolveUnion}; then a union by position. With {@code allowMissingColumns}, a column some child lacks
 * is null there ({@code null AS d}), and the columns only later children have are added after the first child's. A
 * child without one of the columns (not allowed to miss it) is Spark's {@code Cannot resolve column name "b" among
 * (a, d)}; a child with columns the first does not have is {@code [NUM_COLUMNS_MISMATCH]}. A child already in order is
 * left as it is.
 */
final class ResolveUnionByName implements AnalyzerRule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan node, AnalysisContext context) {
        if (!(node instanceof Union union) || !union.byName() || !Plans.childrenResolved(union)) {
            return Optional.empty();
        }
        List<AttributeReference> target =
                new ArrayList<>(union.children().get(0).output());
        if (union.allowMissingColumns()) {
            for (LogicalPlan child : union.children()) {
                for (AttributeReference column : child.output()) {
                    if (find(target, column.name()).isEmpty()) {
                        target.add(column);
                    }
                }
            }
        }
        List<LogicalPlan> projected = new ArrayList<>();
        for (int i = 0; i < union.children().size(); i++) {
            projected.add(project(union.children().get(i), target, union.allowMissingColumns(), i));
        }
        return Optional.of(new Union(projected, false, false));
    }

    private static LogicalPlan project(
            LogicalPlan child, List<AttributeReference> target, boolean allowMissing, int i) {
        List<AttributeReference> columns = child.output();
        List<NamedExpression> list = new ArrayList<>(target.size());
        for (AttributeReference column : target) {
            Optional<AttributeReference> match = find(columns, column.name());
            if (match.isPresent()) {
                list.add(match.get());
            } else if (allowMissing) {
                list.add(Alias.of(Literal.ofNull(column.dataType()), column.name()));
            } else {
                throw AnalysisErrors.cannotResolveColumnAmong(column.name(), columns);
            }
        }
        if (columns.size() > target.size()) {
            throw AnalysisErrors.numColumnsMismatch("UNION", target.size(), i, columns.size());
        }
        return list.equals(columns) ? child : new Project(list, child);
    }

    private static Optional<AttributeReference> find(List<AttributeReference> columns, String name) {
        return columns.stream()
                .filter(c -> ColumnResolution.sameName(c.name(), name))
                .findFirst();
    }
}
