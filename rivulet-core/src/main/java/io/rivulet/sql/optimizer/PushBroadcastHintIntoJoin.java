package io.rivulet.sql.optimizer;

import io.rivulet.sql.plan.BroadcastHint;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinHint;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.UnaryNode;
import java.util.Optional;

/**
 * Moves a broadcast hint on a side of a join into the join ({@code Join.hint}) and removes it, looking down
 * through the side's unary nodes as Spark's {@code EliminateResolvedHint} does ({@code broadcast(df).filter(..)}
 * still asks to broadcast). When both sides ask, the join broadcasts the one it can, the smaller if both.
 */
public final class PushBroadcastHintIntoJoin implements Rule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (!(plan instanceof Join join) || join.hint() != JoinHint.NONE) {
            return Optional.empty();
        }
        Optional<LogicalPlan> left = withoutHint(join.left());
        Optional<LogicalPlan> right = withoutHint(join.right());
        if (left.isEmpty() && right.isEmpty()) {
            return Optional.empty();
        }
        JoinHint hint;
        if (left.isPresent() && right.isPresent()) {
            hint = bothHinted(join.joinType(), left.get(), right.get());
        } else {
            hint = left.isPresent() ? JoinHint.BROADCAST_LEFT : JoinHint.BROADCAST_RIGHT;
        }
        return Optional.of(new Join(
                left.orElse(join.left()),
                right.orElse(join.right()),
                join.joinType(),
                join.condition(),
                join.usingColumns(),
                hint));
    }

    /** The side without its broadcast hints, or empty when it has none (Spark's {@code extractHintsFromPlan}). */
    static Optional<LogicalPlan> withoutHint(LogicalPlan side) {
        if (side instanceof BroadcastHint hint) {
            return Optional.of(withoutHint(hint.child()).orElse(hint.child()));
        }
        if (side instanceof UnaryNode unary) {
            return withoutHint(unary.child()).map(unary::withChild);
        }
        return Optional.empty();
    }

    /** As Spark's {@code getBroadcastBuildSide}: the side the join type can build, the smaller (right on a tie). */
    private static JoinHint bothHinted(JoinType type, LogicalPlan left, LogicalPlan right) {
        boolean canLeft = type == JoinType.INNER || type == JoinType.CROSS || type == JoinType.RIGHT_OUTER;
        boolean canRight = type != JoinType.RIGHT_OUTER && type != JoinType.FULL_OUTER;
        if (canLeft && canRight) {
            return right.statistics().sizeInBytes() <= left.statistics().sizeInBytes()
                    ? JoinHint.BROADCAST_RIGHT
                    : JoinHint.BROADCAST_LEFT;
        }
        return canLeft ? JoinHint.BROADCAST_LEFT : JoinHint.BROADCAST_RIGHT;
    }
}
