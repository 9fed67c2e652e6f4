package io.rivulet.sql.execution.join;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.execution.PhysicalPlan;
import io.rivulet.sql.execution.aggregate.BatchesExec;
import io.rivulet.sql.execution.aggregate.SizedRelation;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.EqualNullSafe;
import io.rivulet.sql.expr.EqualTo;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinHint;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.session.SqlConf;
import io.rivulet.sql.types.DataTypes;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which operator the planner picks for a join, by the sides' sizes, the hint, the settings and the join type. */
class JoinSelectionTest {
    private static final long KB = 1024;
    private static final long MB = 1024 * KB;
    private static final long GB = 1024 * MB;

    private final AttributeReference lk = AttributeReference.of("lk", DataTypes.LongType, true);
    private final AttributeReference a = AttributeReference.of("a", DataTypes.LongType, true);
    private final AttributeReference rk = AttributeReference.of("rk", DataTypes.LongType, true);
    private final AttributeReference b = AttributeReference.of("b", DataTypes.LongType, true);

    private static SqlConf conf(long threshold) {
        return new SqlConf(4, threshold, ZoneOffset.UTC, true, 32 * MB, 4);
    }

    private PhysicalPlan plan(
            JoinType type, Expression condition, long leftSize, long rightSize, JoinHint hint, SqlConf conf) {
        SizedRelation left = new SizedRelation(List.of(lk, a), leftSize);
        SizedRelation right = new SizedRelation(List.of(rk, b), rightSize);
        Join join = new Join(left, right, type, Optional.ofNullable(condition), List.of(), hint);
        return JoinSelection.plan(
                join,
                new BatchesExec(left.output(), List.of(List.of())),
                new BatchesExec(right.output(), List.of(List.of())),
                conf,
                conf.shufflePartitions());
    }

    private PhysicalPlan keyed(JoinType type, long leftSize, long rightSize) {
        return plan(type, new EqualTo(lk, rk), leftSize, rightSize, JoinHint.NONE, conf(10 * MB));
    }

    @Test
    void aSmallSideIsBroadcastWhereTheTypeLetsItBeBuilt() {
        assertThat(keyed(JoinType.INNER, 100 * MB, MB).nodeString())
                .isEqualTo("BroadcastHashJoin [" + lk + "], [" + rk + "], Inner, BuildRight, false");
        assertThat(keyed(JoinType.INNER, MB, 100 * MB).nodeString()).contains("BuildLeft");
        assertThat(keyed(JoinType.INNER, 2 * MB, MB).nodeString())
                .as("the smaller")
                .contains("BuildRight");
        assertThat(keyed(JoinType.RIGHT_OUTER, MB, 100 * MB).nodeString()).contains("BuildLeft");
        assertThat(keyed(JoinType.LEFT_SEMI, 100 * MB, MB)).isInstanceOf(BroadcastHashJoinExec.class);
        assertThat(keyed(JoinType.LEFT_ANTI, 100 * MB, MB)).isInstanceOf(BroadcastHashJoinExec.class);
        assertThat(keyed(JoinType.LEFT_OUTER, MB, 100 * MB))
                .as("a left outer join cannot build its left")
                .isInstanceOf(SortMergeJoinExec.class);
        assertThat(keyed(JoinType.RIGHT_OUTER, 100 * MB, MB)).isInstanceOf(SortMergeJoinExec.class);
        assertThat(keyed(JoinType.FULL_OUTER, MB, MB)).isInstanceOf(SortMergeJoinExec.class);
    }

    @Test
    void bigSidesOrBroadcastingOffMakeASortMergeJoin() {
        PhysicalPlan big = keyed(JoinType.INNER, 100 * MB, 50 * MB);
        assertThat(big.nodeString()).isEqualTo("SortMergeJoin [" + lk + "], [" + rk + "], Inner");
        PhysicalPlan off = plan(JoinType.INNER, new EqualTo(lk, rk), KB, KB, JoinHint.NONE, conf(-1));
        assertThat(off).isInstanceOf(SortMergeJoinExec.class);
        assertThat(keyed(JoinType.INNER, 100 * MB, 10 * MB + 1)).isInstanceOf(SortMergeJoinExec.class);
        assertThat(keyed(JoinType.INNER, 100 * MB, 10 * MB))
                .as("at the threshold")
                .isInstanceOf(BroadcastHashJoinExec.class);
    }

    @Test
    void theHintBroadcastsAnySizeButOnlyASideTheTypeLetsBeBuilt() {
        SqlConf conf = conf(10 * MB);
        PhysicalPlan hinted = plan(JoinType.INNER, new EqualTo(lk, rk), GB, GB, JoinHint.BROADCAST_LEFT, conf);
        assertThat(hinted.nodeString()).contains("BroadcastHashJoin").contains("BuildLeft");
        PhysicalPlan ignored = plan(JoinType.LEFT_OUTER, new EqualTo(lk, rk), GB, GB, JoinHint.BROADCAST_LEFT, conf);
        assertThat(ignored).isInstanceOf(SortMergeJoinExec.class);
        PhysicalPlan disabled = plan(JoinType.INNER, new EqualTo(lk, rk), GB, GB, JoinHint.BROADCAST_RIGHT, conf(-1));
        assertThat(disabled.nodeString())
                .as("a hint is followed when the threshold is off")
                .contains("BuildRight");
    }

    @Test
    void withoutPreferringSortMergeASmallSideIsHashedPerPartition() {
        SqlConf conf = conf(MB).withPreferSortMergeJoin(false); // 4 partitions: under 4 MB is small enough
        PhysicalPlan left = plan(JoinType.INNER, new EqualTo(lk, rk), 3 * MB, 100 * MB, JoinHint.NONE, conf);
        assertThat(left.nodeString()).isEqualTo("ShuffledHashJoin [" + lk + "], [" + rk + "], Inner, BuildLeft");
        PhysicalPlan full = plan(JoinType.FULL_OUTER, new EqualTo(lk, rk), 100 * MB, 3 * MB, JoinHint.NONE, conf);
        assertThat(full.nodeString()).startsWith("ShuffledHashJoin").endsWith("FullOuter, BuildRight");
        PhysicalPlan semi = plan(JoinType.LEFT_SEMI, new EqualTo(lk, rk), 3 * MB, 100 * MB, JoinHint.NONE, conf);
        assertThat(semi).as("a semi join cannot build its left").isInstanceOf(SortMergeJoinExec.class);
        PhysicalPlan notMuchSmaller = plan(JoinType.INNER, new EqualTo(lk, rk), 3 * MB, 8 * MB, JoinHint.NONE, conf);
        assertThat(notMuchSmaller).as("not three times smaller").isInstanceOf(SortMergeJoinExec.class);
        PhysicalPlan tooBig = plan(JoinType.INNER, new EqualTo(lk, rk), 5 * MB, 100 * MB, JoinHint.NONE, conf);
        assertThat(tooBig).isInstanceOf(SortMergeJoinExec.class);
        PhysicalPlan preferred = plan(
                JoinType.INNER,
                new EqualTo(lk, rk),
                3 * MB,
                100 * MB,
                JoinHint.NONE,
                conf.withPreferSortMergeJoin(true));
        assertThat(preferred).isInstanceOf(SortMergeJoinExec.class);
    }

    @Test
    void withoutKeysANestedLoopOrACartesianProduct() {
        SqlConf conf = conf(10 * MB);
        Expression lessThan = new LessThan(a, b);
        assertThat(plan(JoinType.INNER, lessThan, GB, GB, JoinHint.NONE, conf).nodeString())
                .isEqualTo("CartesianProduct (" + a + " < " + b + ")");
        assertThat(plan(JoinType.CROSS, null, GB, GB, JoinHint.NONE, conf)).isInstanceOf(CartesianProductExec.class);
        assertThat(plan(JoinType.INNER, null, GB, KB, JoinHint.NONE, conf).nodeString())
                .isEqualTo("BroadcastNestedLoopJoin BuildRight, Inner");
        assertThat(plan(JoinType.LEFT_OUTER, lessThan, GB, GB, JoinHint.NONE, conf)
                        .nodeString())
                .isEqualTo("BroadcastNestedLoopJoin BuildRight, LeftOuter, (" + a + " < " + b + ")");
        assertThat(plan(JoinType.RIGHT_OUTER, lessThan, GB, GB, JoinHint.NONE, conf)
                        .nodeString())
                .startsWith("BroadcastNestedLoopJoin BuildLeft, RightOuter");
        assertThat(plan(JoinType.FULL_OUTER, lessThan, GB, 2 * GB, JoinHint.NONE, conf)
                        .nodeString())
                .startsWith("BroadcastNestedLoopJoin BuildLeft, FullOuter");
        assertThat(plan(JoinType.LEFT_ANTI, lessThan, KB, GB, JoinHint.NONE, conf)
                        .nodeString())
                .startsWith("BroadcastNestedLoopJoin BuildRight, LeftAnti");
    }

    @Test
    void keysAreSplitFromTheRestAndNullSafeEqualityIsAKey() {
        SqlConf off = conf(-1);
        PhysicalPlan both = plan(
                JoinType.INNER,
                new io.rivulet.sql.expr.And(new EqualTo(rk, lk), new LessThan(a, b)),
                KB,
                KB,
                JoinHint.NONE,
                off);
        assertThat(both.nodeString())
                .as("swapped to the sides they read")
                .isEqualTo("SortMergeJoin [" + lk + "], [" + rk + "], Inner, (" + a + " < " + b + ")");
        SortMergeJoinExec nullSafe =
                (SortMergeJoinExec) plan(JoinType.LEFT_ANTI, new EqualNullSafe(lk, rk), KB, KB, JoinHint.NONE, off);
        assertThat(nullSafe.leftKeys()).hasSize(2);
        assertThat(nullSafe.leftKeys().get(1)).isInstanceOf(io.rivulet.sql.expr.IsNull.class);
        assertThat(nullSafe.residual()).isEmpty();
        PhysicalPlan oneSided = plan(JoinType.INNER, new EqualTo(lk, a), KB, KB, JoinHint.NONE, off);
        assertThat(oneSided).as("an equality of one side's columns is no key").isInstanceOf(CartesianProductExec.class);
    }
}
