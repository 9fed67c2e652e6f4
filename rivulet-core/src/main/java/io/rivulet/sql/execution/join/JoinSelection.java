package io.rivulet.sql.execution.join;

import io.rivulet.sql.execution.PhysicalPlan;
import io.rivulet.sql.plan.BroadcastHint;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinHint;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.session.SqlConf;

/**
 * Which operator runs a join, as Spark 4's {@code JoinSelection} decides without join hints other than
 * {@code broadcast}:
 *
 * <ol>
 *   <li>With equi-join keys: a broadcast hash join building a hinted side the type lets be built; else one
 *       building a side estimated ({@code statistics()}) under {@code rivulet.sql.autoBroadcastJoinThreshold}
 *       (the smaller if both); else, when {@code rivulet.sql.join.preferSortMergeJoin} is false, a shuffled hash
 *       join building a side that is under the threshold times the shuffle partitions and three times smaller
 *       than the other; else a sort-merge join.
 *   <li>Without keys: a broadcast nested loop join building a hinted or small side the type lets be built; else
 *       a cartesian product for an inner (or cross) join; else a broadcast nested loop join building the side the
 *       type prefers (the right for left joins, the left for right joins, the smaller for full outer ones).
 * </ol>
 *
 * <p>A broadcast join may build only a side whose unmatched rows need not come out (left outer, semi and anti
 * joins build the right; right outer joins the left; inner both): no task of the other side sees all probes. A
 * shuffled hash join's task sees all of both sides of its partition, so it may build either side of outer joins
 * and the right of semi and anti joins.
 */
final class JoinSelection {
    /** The factor by which a shuffled hash join's build side must be smaller than the other (Spark's 3). */
    static final long MUCH_SMALLER = 3;

    private JoinSelection() {}

    /** What was chosen: the kind of operator and, for hash and nested loop joins, whether the left is built. */
    enum Kind {
        BROADCAST_HASH,
        SHUFFLED_HASH,
        SORT_MERGE,
        BROADCAST_NESTED_LOOP,
        CARTESIAN
    }

    record Choice(Kind kind, boolean buildLeft) {}

    /** The operator of {@code node} over its sides' plans. */
    static PhysicalPlan plan(Join node, PhysicalPlan left, PhysicalPlan right, SqlConf conf, int shufflePartitions) {
        JoinKeys keys = JoinKeys.extract(
                node.condition(), node.left().output(), node.right().output());
        JoinType type = node.joinType();
        Sizes sizes = new Sizes(
                node.left().statistics().sizeInBytes(),
                node.right().statistics().sizeInBytes(),
                node.hint() == JoinHint.BROADCAST_LEFT || node.left() instanceof BroadcastHint,
                node.hint() == JoinHint.BROADCAST_RIGHT || node.right() instanceof BroadcastHint);
        Choice choice = choose(type, keys.hasKeys(), sizes, conf, shufflePartitions);
        return switch (choice.kind()) {
            case BROADCAST_HASH, BROADCAST_NESTED_LOOP ->
                new BroadcastHashJoinExec(
                        keys.leftKeys(), keys.rightKeys(), type, choice.buildLeft(), keys.residual(), left, right);
            case SHUFFLED_HASH ->
                new ShuffledHashJoinExec(
                        keys.leftKeys(), keys.rightKeys(), type, choice.buildLeft(), keys.residual(), left, right);
            case SORT_MERGE ->
                new SortMergeJoinExec(keys.leftKeys(), keys.rightKeys(), type, keys.residual(), left, right);
            case CARTESIAN -> new CartesianProductExec(keys.residual(), left, right);
        };
    }

    /** The sides' estimated sizes in bytes and whether the user asked to broadcast each. */
    record Sizes(long left, long right, boolean hintLeft, boolean hintRight) {}

    static Choice choose(JoinType type, boolean hasKeys, Sizes sizes, SqlConf conf, int shufflePartitions) {
        boolean buildLeft = canBroadcastLeft(type);
        boolean buildRight = canBroadcastRight(type);
        long threshold = conf.autoBroadcastJoinThreshold();
        Kind broadcast = hasKeys ? Kind.BROADCAST_HASH : Kind.BROADCAST_NESTED_LOOP;
        Choice hinted = broadcastOf(broadcast, sizes, buildLeft && sizes.hintLeft(), buildRight && sizes.hintRight());
        if (hinted != null) {
            return hinted;
        }
        Choice small = broadcastOf(
                broadcast,
                sizes,
                buildLeft && fits(sizes.left(), threshold),
                buildRight && fits(sizes.right(), threshold));
        if (small != null) {
            return small;
        }
        if (hasKeys) {
            if (!conf.preferSortMergeJoin()) {
                long local = threshold < 0 ? -1 : saturatedProduct(threshold, shufflePartitions);
                boolean left = canShuffleHashLeft(type)
                        && below(sizes.left(), local)
                        && muchSmaller(sizes.left(), sizes.right());
                boolean right = canShuffleHashRight(type)
                        && below(sizes.right(), local)
                        && muchSmaller(sizes.right(), sizes.left());
                if (left || right) {
                    return new Choice(Kind.SHUFFLED_HASH, left && (!right || sizes.left() < sizes.right()));
                }
            }
            return new Choice(Kind.SORT_MERGE, false);
        }
        if (type == JoinType.INNER || type == JoinType.CROSS) {
            return new Choice(Kind.CARTESIAN, false);
        }
        boolean left = switch (type) {
            case RIGHT_OUTER -> true;
            case FULL_OUTER -> sizes.left() < sizes.right();
            default -> false;
        };
        return new Choice(Kind.BROADCAST_NESTED_LOOP, left);
    }

    /** A broadcast building the side allowed ({@code left}, {@code right}): the smaller if both; null if neither. */
    private static Choice broadcastOf(Kind kind, Sizes sizes, boolean left, boolean right) {
        if (left && right) {
            return new Choice(kind, sizes.left() < sizes.right());
        }
        if (left || right) {
            return new Choice(kind, left);
        }
        return null;
    }

    /** Spark's {@code canBroadcastBySize}: at most the threshold, which is off when negative. */
    private static boolean fits(long size, long threshold) {
        return threshold >= 0 && size >= 0 && size <= threshold;
    }

    private static boolean below(long size, long limit) {
        return limit >= 0 && size >= 0 && size < limit;
    }

    private static boolean muchSmaller(long a, long b) {
        return a <= b / MUCH_SMALLER;
    }

    private static long saturatedProduct(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        return high != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }

    static boolean canBroadcastLeft(JoinType type) {
        return type == JoinType.INNER || type == JoinType.CROSS || type == JoinType.RIGHT_OUTER;
    }

    static boolean canBroadcastRight(JoinType type) {
        return type != JoinType.RIGHT_OUTER && type != JoinType.FULL_OUTER;
    }

    static boolean canShuffleHashLeft(JoinType type) {
        return type != JoinType.LEFT_SEMI && type != JoinType.LEFT_ANTI;
    }

    static boolean canShuffleHashRight(JoinType type) {
        return true;
    }
}
