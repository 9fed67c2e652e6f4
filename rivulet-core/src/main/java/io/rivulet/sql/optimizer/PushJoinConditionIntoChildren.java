package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.JoinConditions.concat;
import static io.rivulet.sql.optimizer.JoinConditions.filtered;

import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.List;
import java.util.Optional;

/**
 * Moves the conjuncts of a join's condition that read one side only into a filter of that side, as the second
 * half of Spark's {@code PushPredicateThroughJoin}: both sides for an inner or semi join; for a left outer or
 * anti join only the right side's (a left row that fails a left-side conjunct is still kept, padded with nulls,
 * so that conjunct stays in the condition); for a right outer join only the left side's. Not for a full outer
 * join.
 */
public final class PushJoinConditionIntoChildren implements Rule {
    @Override
    public Traversal traversal() {
        return Traversal.TOP_DOWN;
    }

    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (!(plan instanceof Join join) || join.condition().isEmpty()) {
            return Optional.empty();
        }
        JoinConditions split =
                JoinConditions.split(Predicates.conjuncts(join.condition().get()), join.left(), join.right());
        boolean pushLeft;
        boolean pushRight;
        switch (join.joinType()) {
            case INNER, CROSS, LEFT_SEMI -> {
                pushLeft = true;
                pushRight = true;
            }
            case LEFT_OUTER, LEFT_ANTI -> {
                pushLeft = false;
                pushRight = true;
            }
            case RIGHT_OUTER -> {
                pushLeft = true;
                pushRight = false;
            }
            default -> {
                return Optional.empty();
            }
        }
        if ((!pushLeft || split.left().isEmpty())
                && (!pushRight || split.right().isEmpty())) {
            return Optional.empty();
        }
        List<Expression> condition = split.common();
        if (!pushLeft) {
            condition = concat(split.left(), condition);
        }
        if (!pushRight) {
            condition = concat(split.right(), condition);
        }
        return Optional.of(new Join(
                pushLeft ? filtered(join.left(), split.left()) : join.left(),
                pushRight ? filtered(join.right(), split.right()) : join.right(),
                join.joinType(),
                Predicates.and(condition),
                join.usingColumns(),
                join.hint()));
    }
}
