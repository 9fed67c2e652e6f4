package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.ExprId;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.UnresolvedFunction;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code join(other, List.of("k"), how)} and SQL's {@code USING (k)}, as Spark's {@code ResolveNaturalAndUsingJoin}:
 * the equality of each named column of both sides becomes the join condition (and-ed with any other), and a
 * projection over the join keeps one column per name, first, then the left side's other columns, then the right
 * side's: the left key for inner, left, semi and anti joins, the right key for right joins, {@code coalesce(l.k, r.k)}
 * for full joins. A name one side does not have is {@code [UNRESOLVED_USING_COLUMN_FOR_JOIN]}. The condition and the
 * coalesce are calls by name ({@code =}, {@code and}, {@code coalesce}), resolved by the function registry.
 * Waits until the sides are resolved and have distinct ids.
 */
final class ResolveUsingJoin implements AnalyzerRule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan node, AnalysisContext context) {
        if (!(node instanceof Join join)
                || join.usingColumns().isEmpty()
                || !Plans.childrenResolved(join)
                || Plans.sidesShareIds(join)) {
            return Optional.empty();
        }
        List<AttributeReference> leftKeys = new ArrayList<>();
        List<AttributeReference> rightKeys = new ArrayList<>();
        Expression condition = join.condition().orElse(null);
        for (String name : join.usingColumns()) {
            AttributeReference left = find(join.left().output(), name, "left");
            AttributeReference right = find(join.right().output(), name, "right");
            leftKeys.add(left);
            rightKeys.add(right);
            Expression equal = UnresolvedFunction.of("=", left, right);
            condition = condition == null ? equal : UnresolvedFunction.of("and", condition, equal);
        }
        Join resolved = new Join(
                join.left(), join.right(), join.joinType(), Optional.ofNullable(condition), List.of(), join.hint());
        return Optional.of(new Project(projectList(resolved, leftKeys, rightKeys), resolved));
    }

    private static AttributeReference find(List<AttributeReference> columns, String name, String side) {
        for (AttributeReference column : columns) {
            if (ColumnResolution.sameName(column.name(), name)) {
                return column;
            }
        }
        throw AnalysisErrors.unresolvedUsingColumn(name, side, columns);
    }

    private static List<NamedExpression> projectList(
            Join join, List<AttributeReference> leftKeys, List<AttributeReference> rightKeys) {
        // The join's output has the nullability its type gives each side.
        Map<ExprId, AttributeReference> output = new HashMap<>();
        for (AttributeReference attribute : join.output()) {
            output.put(attribute.exprId(), attribute);
        }
        List<NamedExpression> list = new ArrayList<>();
        JoinType type = join.joinType();
        for (int i = 0; i < leftKeys.size(); i++) {
            AttributeReference left = output.get(leftKeys.get(i).exprId());
            if (type == JoinType.FULL_OUTER) {
                AttributeReference right = output.get(rightKeys.get(i).exprId());
                list.add(Alias.of(UnresolvedFunction.of("coalesce", left, right), left.name()));
            } else {
                list.add(
                        type == JoinType.RIGHT_OUTER
                                ? output.get(rightKeys.get(i).exprId())
                                : left);
            }
        }
        Set<ExprId> keys = new HashSet<>();
        leftKeys.forEach(k -> keys.add(k.exprId()));
        rightKeys.forEach(k -> keys.add(k.exprId()));
        for (AttributeReference attribute : join.output()) {
            if (!keys.contains(attribute.exprId())) {
                list.add(attribute);
            }
        }
        return list;
    }
}
