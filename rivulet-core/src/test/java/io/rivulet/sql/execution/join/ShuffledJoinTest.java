package io.rivulet.sql.execution.join;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.execution.EnsureRequirements;
import io.rivulet.sql.execution.PhysicalPlan;
import io.rivulet.sql.execution.aggregate.Diffs;
import io.rivulet.sql.execution.aggregate.ExecHarness;
import io.rivulet.sql.execution.aggregate.TestBatches;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shuffled joins (sort-merge, shuffled hash) of every type, and the joins without keys (cartesian product,
 * broadcast nested loop), over seeded random sides (nulls, duplicate keys, empty sides and partitions), with and
 * without a post-filter, against {@link ReferenceJoin}. The shuffled joins run under the exchanges and sorts
 * {@link EnsureRequirements} adds, as the planner runs them.
 */
class ShuffledJoinTest {
    @TempDir
    Path localDir;

    private static final List<List<DataType>> KEY_TYPES = List.of(
            List.of(DataTypes.LongType),
            List.of(DataTypes.StringType),
            List.of(DataTypes.IntegerType, DataTypes.StringType));

    private static void check(
            ExecHarness harness, JoinTest.Case c, JoinType type, boolean withResidual, PhysicalPlan join) {
        PhysicalPlan plan = new EnsureRequirements(3).apply(join);
        List<List<Object>> expected =
                ReferenceJoin.join(type, c.leftRows(), c.rightRows(), c.keys(), JoinTest.residualOf(c, withResidual));
        List<List<Object>> actual = harness.collect(plan);
        assertThat(Diffs.ofBags(actual, expected))
                .as("%s of %s", type, plan.treeString())
                .isEmpty();
    }

    @Test
    void sortMergeJoinsOfEveryType() {
        try (ExecHarness harness = ExecHarness.start(localDir)) {
            for (long seed = 0; seed < 3; seed++) {
                for (List<DataType> keyTypes : KEY_TYPES) {
                    JoinTest.Case c = JoinTest.randomCase(keyTypes, seed);
                    for (JoinType type : JoinTest.TYPES) {
                        for (boolean withResidual : new boolean[] {false, true}) {
                            check(harness, c, type, withResidual, sortMerge(c, type, withResidual));
                        }
                    }
                }
            }
        }
    }

    static SortMergeJoinExec sortMerge(JoinTest.Case c, JoinType type, boolean withResidual) {
        return new SortMergeJoinExec(
                JoinTest.keys(c.left(), c.keys()),
                JoinTest.keys(c.right(), c.keys()),
                type,
                JoinTest.residual(c, withResidual),
                c.leftPlan(),
                c.rightPlan());
    }

    @Test
    void shuffledHashJoinsOfEveryTypeBuildingEitherSide() {
        try (ExecHarness harness = ExecHarness.start(localDir)) {
            for (long seed = 10; seed < 12; seed++) {
                for (List<DataType> keyTypes : KEY_TYPES) {
                    JoinTest.Case c = JoinTest.randomCase(keyTypes, seed);
                    for (JoinType type : JoinTest.TYPES) {
                        for (boolean withResidual : new boolean[] {false, true}) {
                            for (boolean buildLeft : new boolean[] {false, true}) {
                                check(
                                        harness,
                                        c,
                                        type,
                                        withResidual,
                                        new ShuffledHashJoinExec(
                                                JoinTest.keys(c.left(), c.keys()),
                                                JoinTest.keys(c.right(), c.keys()),
                                                type,
                                                buildLeft,
                                                JoinTest.residual(c, withResidual),
                                                c.leftPlan(),
                                                c.rightPlan()));
                            }
                        }
                    }
                }
            }
        }
    }

    /** Sides of a value column only (no keys), small enough for every pair. */
    static JoinTest.Case noKeyCase(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AttributeReference> left = List.of(AttributeReference.of("a", DataTypes.LongType, true));
        List<AttributeReference> right = List.of(AttributeReference.of("b", DataTypes.LongType, true));
        List<List<Object>> leftRows =
                JoinTest.rows(List.of(), random.nextInt(5) == 0 ? 0 : random.nextInt(150), 1, random);
        List<List<Object>> rightRows =
                JoinTest.rows(List.of(), random.nextInt(5) == 0 ? 0 : random.nextInt(150), 1, random);
        return new JoinTest.Case(
                left,
                right,
                leftRows,
                rightRows,
                0,
                TestBatches.source(left, leftRows, 1 + random.nextInt(3), random),
                TestBatches.source(right, rightRows, 1 + random.nextInt(3), random));
    }

    @Test
    void cartesianProductsWithAndWithoutAFilter() {
        try (ExecHarness harness = ExecHarness.start(localDir)) {
            for (long seed = 0; seed < 6; seed++) {
                JoinTest.Case c = noKeyCase(seed);
                for (boolean withResidual : new boolean[] {false, true}) {
                    List<Expression> residual = JoinTest.residual(c, withResidual);
                    check(
                            harness,
                            c,
                            JoinType.INNER,
                            withResidual,
                            new CartesianProductExec(residual, c.leftPlan(), c.rightPlan()));
                }
            }
        }
    }

    @Test
    void nestedLoopJoinsOfEveryTypeBuildingTheSidesThePlannerMayChoose() {
        try (ExecHarness harness = ExecHarness.start(localDir)) {
            for (long seed = 20; seed < 24; seed++) {
                JoinTest.Case c = noKeyCase(seed);
                for (JoinType type : JoinTest.TYPES) {
                    for (boolean withResidual : new boolean[] {false, true}) {
                        for (boolean buildLeft : new boolean[] {false, true}) {
                            boolean allowed = buildLeft
                                    ? JoinSelection.canBroadcastLeft(type) || type == JoinType.FULL_OUTER
                                    : JoinSelection.canBroadcastRight(type) || type == JoinType.FULL_OUTER;
                            if (!allowed) {
                                continue;
                            }
                            check(
                                    harness,
                                    c,
                                    type,
                                    withResidual,
                                    new BroadcastHashJoinExec(
                                            List.of(),
                                            List.of(),
                                            type,
                                            buildLeft,
                                            JoinTest.residual(c, withResidual),
                                            c.leftPlan(),
                                            c.rightPlan()));
                        }
                    }
                }
            }
        }
    }

    @Test
    void sortMergeJoinPrintsAsSparkAndStatesItsRequirements() {
        JoinTest.Case c = JoinTest.randomCase(List.of(DataTypes.LongType), 3);
        SortMergeJoinExec join = sortMerge(c, JoinType.INNER, true);
        AttributeReference lk = c.left().get(0);
        AttributeReference rk = c.right().get(0);
        assertThat(join.nodeString())
                .isEqualTo("SortMergeJoin [" + lk + "], [" + rk + "], Inner, ("
                        + c.left().get(1) + " < " + c.right().get(1) + ")");
        String planned = new EnsureRequirements(4).apply(join).treeString();
        assertThat(planned)
                .contains("Exchange hashpartitioning(" + lk + ", 4)")
                .contains("Exchange hashpartitioning(" + rk + ", 4)")
                .contains("Sort [" + lk + " ASC NULLS FIRST], false, 0")
                .contains("Sort [" + rk + " ASC NULLS FIRST], false, 0");
    }
}
