package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.ExprId;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinHint;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reorders a tree of inner joins (three inputs or more, at least one condition, no hint) by estimated size,
 * greedily: the smallest input first, then each time the smallest of the inputs a condition connects to those
 * already joined, so that no cross product comes in that the query did not have; each conjunct goes to the
 * lowest join that has its columns. A simple cost-based reorder in the spirit of Spark's {@code ReorderJoin}
 * (which keeps the written order) and {@code CostBasedJoinReorder}, with {@code LogicalPlan.statistics()} sizes
 * (unknown counts as largest; ties keep the written order). A projection on top restores the column order.
 *
 * <p>The tree is read through the column-only projections that pruning put between its joins (the projection
 * on top keeps the columns); pruning runs again after this rule.
 */
public final class ReorderJoin implements Rule {
    @Override
    public Traversal traversal() {
        return Traversal.TOP_DOWN;
    }

    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (!reorderable(plan)) {
            return Optional.empty();
        }
        List<LogicalPlan> inputs = new ArrayList<>();
        List<Expression> conjuncts = new ArrayList<>();
        flatten(plan, inputs, conjuncts);
        if (inputs.size() < 3 || conjuncts.isEmpty() || !Attributes.deterministic(conjuncts)) {
            return Optional.empty();
        }
        LogicalPlan ordered = greedy(inputs, conjuncts);
        List<AttributeReference> output = plan.output();
        if (!ids(ordered.output()).equals(ids(output))) {
            ordered = new Project(List.<NamedExpression>copyOf(output), ordered);
        }
        return ordered.equals(plan) ? Optional.empty() : Optional.of(ordered);
    }

    private static List<ExprId> ids(List<AttributeReference> columns) {
        return columns.stream().map(AttributeReference::exprId).toList();
    }

    private static boolean reorderable(LogicalPlan plan) {
        return plan instanceof Join join
                && (join.joinType() == JoinType.INNER || join.joinType() == JoinType.CROSS)
                && join.hint() == JoinHint.NONE;
    }

    private static void flatten(LogicalPlan plan, List<LogicalPlan> inputs, List<Expression> conjuncts) {
        if (reorderable(plan)) {
            Join join = (Join) plan;
            flatten(join.left(), inputs, conjuncts);
            flatten(join.right(), inputs, conjuncts);
            join.condition().ifPresent(c -> conjuncts.addAll(Predicates.conjuncts(c)));
        } else if (plan instanceof Project project
                && reorderable(project.child())
                && project.projectList().stream().allMatch(e -> e instanceof AttributeReference)) {
            flatten(project.child(), inputs, conjuncts);
        } else {
            inputs.add(plan);
        }
    }

    private static LogicalPlan greedy(List<LogicalPlan> inputs, List<Expression> conjuncts) {
        List<LogicalPlan> remaining = new ArrayList<>(inputs);
        List<Expression> unplaced = new ArrayList<>(conjuncts);
        LogicalPlan joined = smallest(remaining);
        removeSame(remaining, joined);
        Set<ExprId> available = new HashSet<>(Attributes.outputIds(joined));
        while (!remaining.isEmpty()) {
            List<LogicalPlan> connected = new ArrayList<>();
            for (LogicalPlan input : remaining) {
                if (connects(unplaced, available, Attributes.outputIds(input))) {
                    connected.add(input);
                }
            }
            LogicalPlan next = smallest(connected.isEmpty() ? remaining : connected);
            removeSame(remaining, next);
            available.addAll(Attributes.outputIds(next));
            List<Expression> condition = new ArrayList<>();
            for (Expression conjunct : List.copyOf(unplaced)) {
                if (Attributes.readsOnly(conjunct, available)) {
                    condition.add(conjunct);
                    unplaced.remove(conjunct);
                }
            }
            JoinType type = condition.isEmpty() ? JoinType.CROSS : JoinType.INNER;
            joined = new Join(joined, next, type, Predicates.and(condition), List.of(), JoinHint.NONE);
        }
        return joined;
    }

    /** Whether a conjunct reads both sides and nothing else. */
    private static boolean connects(List<Expression> conjuncts, Set<ExprId> joined, Set<ExprId> input) {
        Set<ExprId> both = new LinkedHashSet<>(joined);
        both.addAll(input);
        for (Expression conjunct : conjuncts) {
            Set<ExprId> read = Attributes.references(conjunct);
            if (both.containsAll(read)
                    && read.stream().anyMatch(input::contains)
                    && read.stream().anyMatch(joined::contains)) {
                return true;
            }
        }
        return false;
    }

    private static void removeSame(List<LogicalPlan> plans, LogicalPlan plan) {
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i) == plan) {
                plans.remove(i);
                return;
            }
        }
    }

    /** The input of the smallest estimated size, the first written on a tie. */
    private static LogicalPlan smallest(List<LogicalPlan> inputs) {
        LogicalPlan best = inputs.get(0);
        for (LogicalPlan input : inputs) {
            if (input.statistics().sizeInBytes() < best.statistics().sizeInBytes()) {
                best = input;
            }
        }
        return best;
    }
}
