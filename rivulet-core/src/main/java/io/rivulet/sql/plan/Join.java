package io.rivulet.sql.plan;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A join of two plans on {@code condition} (none: every pair, for a cross join). {@code usingColumns} is the
 * unresolved form of {@code join(other, List.of("k"), how)} and SQL's {@code USING (k)}: the analyzer turns it
 * into an equality condition and a projection that keeps one {@code k} column, as Spark does. Null keys never
 * match.
 */
public record Join(
        LogicalPlan left,
        LogicalPlan right,
        JoinType joinType,
        Optional<Expression> condition,
        List<String> usingColumns,
        JoinHint hint)
        implements LogicalPlan {
    public Join {
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
        requireNonNull(joinType, "joinType is null");
        requireNonNull(condition, "condition is null");
        usingColumns = List.copyOf(usingColumns);
        requireNonNull(hint, "hint is null");
    }

    public static Join on(LogicalPlan left, LogicalPlan right, JoinType type, Expression condition) {
        return new Join(left, right, type, Optional.ofNullable(condition), List.of(), JoinHint.NONE);
    }

    @Override
    public List<LogicalPlan> children() {
        return List.of(left, right);
    }

    @Override
    public LogicalPlan withNewChildren(List<LogicalPlan> children) {
        if (children.get(0) == left && children.get(1) == right) {
            return this;
        }
        return new Join(children.get(0), children.get(1), joinType, condition, usingColumns, hint);
    }

    @Override
    public List<AttributeReference> output() {
        List<AttributeReference> output = new ArrayList<>();
        for (AttributeReference attribute : left.output()) {
            output.add(joinType.nullableLeft() ? attribute.withNullability(true) : attribute);
        }
        if (joinType.outputsRight()) {
            for (AttributeReference attribute : right.output()) {
                output.add(joinType.nullableRight() ? attribute.withNullability(true) : attribute);
            }
        }
        return output;
    }

    @Override
    public List<Expression> expressions() {
        return condition.map(List::of).orElse(List.of());
    }

    @Override
    public LogicalPlan withNewExpressions(List<Expression> expressions) {
        return new Join(
                left,
                right,
                joinType,
                expressions.isEmpty() ? Optional.empty() : Optional.of(expressions.get(0)),
                usingColumns,
                hint);
    }

    @Override
    public boolean resolved() {
        return usingColumns.isEmpty() && LogicalPlan.super.resolved();
    }

    @Override
    public String nodeString() {
        String prefix = resolved() ? "" : "'";
        String using = usingColumns.isEmpty() ? "" : ", using " + Plans.list(usingColumns);
        String on = condition.map(c -> ", " + c).orElse("");
        String hinted = hint == JoinHint.NONE ? "" : ", " + hint;
        return prefix + "Join " + joinType + on + using + hinted;
    }
}
