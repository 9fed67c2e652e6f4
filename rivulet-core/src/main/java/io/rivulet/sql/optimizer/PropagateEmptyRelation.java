package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Deduplicate;
import io.rivulet.sql.plan.Distinct;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.Generate;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.Limit;
import io.rivulet.sql.plan.LocalLimit;
import io.rivulet.sql.plan.LocalRelation;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.Repartition;
import io.rivulet.sql.plan.Sample;
import io.rivulet.sql.plan.Sort;
import io.rivulet.sql.plan.UnaryNode;
import io.rivulet.sql.plan.Union;
import io.rivulet.sql.plan.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Carries emptiness upwards, as Spark's {@code PropagateEmptyRelation} (and {@code OptimizeLimitZero}): a limit of
 * zero rows is an empty relation; so is a node over an empty relation that only passes rows on (a projection, a
 * filter, a sort, a grouped aggregation, ...; not an aggregation without grouping, which gives one row); a union
 * loses its empty children; a join with an empty side, or a condition that is the constant false, becomes
 * empty, or its other side padded with nulls for an outer join.
 */
public final class PropagateEmptyRelation implements Rule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if ((plan instanceof Limit limit && limit.limit() == 0)
                || (plan instanceof LocalLimit local && local.limit() == 0)) {
            return Optional.of(empty(plan));
        }
        if (plan instanceof Union union) {
            return withoutEmptyChildren(union);
        }
        if (plan instanceof Join join) {
            return ofJoin(join);
        }
        if (plan instanceof UnaryNode unary && isEmpty(unary.child()) && passesEmptiness(unary)) {
            return Optional.of(empty(plan));
        }
        return Optional.empty();
    }

    private static boolean passesEmptiness(UnaryNode node) {
        return node instanceof Project
                || node instanceof Filter
                || node instanceof Sample
                || node instanceof Sort
                || node instanceof Limit
                || node instanceof LocalLimit
                || node instanceof Repartition
                || node instanceof Distinct
                || node instanceof Deduplicate
                || node instanceof Generate
                || node instanceof Window
                || (node instanceof Aggregate aggregate && !aggregate.grouping().isEmpty());
    }

    private static Optional<LogicalPlan> withoutEmptyChildren(Union union) {
        List<LogicalPlan> children =
                union.children().stream().filter(child -> !isEmpty(child)).toList();
        if (children.size() == union.children().size()) {
            return Optional.empty();
        }
        if (children.isEmpty()) {
            return Optional.of(empty(union));
        }
        LogicalPlan rest = children.size() == 1 ? children.get(0) : new Union(children, false, false);
        List<AttributeReference> before = union.output();
        List<AttributeReference> after = rest.output();
        List<NamedExpression> renamed = new ArrayList<>();
        boolean same = true;
        for (int i = 0; i < before.size(); i++) {
            AttributeReference column = after.get(i);
            if (column.sameColumn(before.get(i))) {
                renamed.add(column);
            } else {
                same = false;
                renamed.add(
                        new Alias(column, before.get(i).name(), before.get(i).exprId()));
            }
        }
        return Optional.of(same ? rest : new Project(renamed, rest));
    }

    private static Optional<LogicalPlan> ofJoin(Join join) {
        boolean leftEmpty = isEmpty(join.left());
        boolean rightEmpty = isEmpty(join.right());
        boolean falseCondition = join.condition().map(Literal.FALSE::equals).orElse(false);
        JoinType type = join.joinType();
        if (!leftEmpty && !rightEmpty && !falseCondition) {
            if (join.condition().isEmpty() && nonEmpty(join.right())) {
                if (type == JoinType.LEFT_SEMI) {
                    return Optional.of(join.left());
                }
                if (type == JoinType.LEFT_ANTI) {
                    return Optional.of(empty(join));
                }
            }
            return Optional.empty();
        }
        boolean leftKept = type == JoinType.LEFT_OUTER || type == JoinType.FULL_OUTER;
        boolean rightKept = type == JoinType.RIGHT_OUTER || type == JoinType.FULL_OUTER;
        if (type == JoinType.INNER || type == JoinType.CROSS) {
            return Optional.of(empty(join));
        }
        if (leftEmpty && (type == JoinType.LEFT_OUTER || type == JoinType.LEFT_SEMI || type == JoinType.LEFT_ANTI)) {
            return Optional.of(empty(join));
        }
        if (type == JoinType.LEFT_SEMI) {
            return Optional.of(empty(join)); // no right row, or none matches
        }
        if (type == JoinType.LEFT_ANTI) {
            return Optional.of(join.left()); // every left row is kept
        }
        if (type == JoinType.FULL_OUTER && leftEmpty && rightEmpty) {
            return Optional.of(empty(join));
        }
        if (leftKept && rightEmpty) {
            return Optional.of(padRight(join));
        }
        if (type == JoinType.RIGHT_OUTER && rightEmpty) {
            return Optional.of(empty(join));
        }
        if (rightKept && leftEmpty) {
            return Optional.of(padLeft(join));
        }
        if (falseCondition && type == JoinType.LEFT_OUTER) {
            return Optional.of(padRight(join));
        }
        if (falseCondition && type == JoinType.RIGHT_OUTER) {
            return Optional.of(padLeft(join));
        }
        return Optional.empty();
    }

    /** The left rows, the right columns null. */
    private static LogicalPlan padRight(Join join) {
        List<NamedExpression> list = new ArrayList<>(join.left().output());
        list.addAll(nulls(join.right().output()));
        return new Project(list, join.left());
    }

    private static LogicalPlan padLeft(Join join) {
        List<NamedExpression> list = new ArrayList<>(nulls(join.left().output()));
        list.addAll(join.right().output());
        return new Project(list, join.right());
    }

    private static List<NamedExpression> nulls(List<AttributeReference> columns) {
        return columns.stream()
                .map(a -> (NamedExpression) new Alias(Literal.ofNull(a.dataType()), a.name(), a.exprId()))
                .toList();
    }

    static boolean isEmpty(LogicalPlan plan) {
        return plan instanceof LocalRelation local && local.rowCount() == 0;
    }

    private static boolean nonEmpty(LogicalPlan plan) {
        return plan instanceof LocalRelation local && local.rowCount() > 0;
    }

    static LocalRelation empty(LogicalPlan plan) {
        return new LocalRelation(plan.output(), List.of());
    }
}
