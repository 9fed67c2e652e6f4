package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.JoinConditions.concat;
import static io.rivulet.sql.optimizer.JoinConditions.filtered;

import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.List;
import java.util.Optional;

/**
 * Moves the conjuncts of a filter over a join down, as the first half of Spark's {@code PushPredicateThroughJoin}:
 * over an inner join, the conjuncts of one side go under a filter of that side and the others into the join's
 * condition; over a left outer, semi or anti join, only those of the left side go down (a right-side conjunct
 * above a left join also rejects the rows the join padded with nulls); over a right outer join, only those of
 * the right side. Not over a full outer join. What does not go down stays in a filter above.
 */
public final class PushFilterThroughJoin implements Rule {
    @Override
    public Traversal traversal() {
        return Traversal.TOP_DOWN;
    }

    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (!(plan instanceof Filter filter) || !(filter.child() instanceof Join join)) {
            return Optional.empty();
        }
        JoinConditions split =
                JoinConditions.split(Predicates.conjuncts(filter.condition()), join.left(), join.right());
        return switch (join.joinType()) {
            case INNER, CROSS -> {
                List<Expression> condition =
                        concat(split.common(), join.condition().map(List::of).orElse(List.of()));
                yield Optional.of(new Join(
                        filtered(join.left(), split.left()),
                        filtered(join.right(), split.right()),
                        join.joinType(),
                        Predicates.and(condition),
                        join.usingColumns(),
                        join.hint()));
            }
            case RIGHT_OUTER -> {
                if (split.right().isEmpty()) {
                    yield Optional.empty();
                }
                LogicalPlan below = join.withNewChildren(List.of(join.left(), filtered(join.right(), split.right())));
                yield Optional.of(filtered(below, concat(split.left(), split.common())));
            }
            case LEFT_OUTER, LEFT_SEMI, LEFT_ANTI -> {
                if (split.left().isEmpty()) {
                    yield Optional.empty();
                }
                LogicalPlan below = join.withNewChildren(List.of(filtered(join.left(), split.left()), join.right()));
                yield Optional.of(filtered(below, concat(split.right(), split.common())));
            }
            case FULL_OUTER -> Optional.empty();
        };
    }
}
