package io.rivulet.sql.execution.join;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every join type by every strategy that can run it, over seeded random sides (nulls, duplicate keys, empty
 * sides and partitions), with and without a post-filter, against nested loops over lists ({@link ReferenceJoin}).
 */
class JoinTest {
    @TempDir
    Path localDir;

    /** One random case: the sides' schemas, rows and sources. */
    record Case(
            List<AttributeReference> left,
            List<AttributeReference> right,
            List<List<Object>> leftRows,
            List<List<Object>> rightRows,
            int keys,
            PhysicalPlan leftPlan,
            PhysicalPlan rightPlan) {}

    static Case randomCase(List<DataType> keyTypes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AttributeReference> left = new ArrayList<>();
        List<AttributeReference> right = new ArrayList<>();
        for (int k = 0; k < keyTypes.size(); k++) {
            left.add(AttributeReference.of("lk" + k, keyTypes.get(k), true));
            right.add(AttributeReference.of("rk" + k, keyTypes.get(k), true));
        }
        left.add(AttributeReference.of("a", DataTypes.LongType, true));
        right.add(AttributeReference.of("b", DataTypes.LongType, true));
        int range = 1 + random.nextInt(random.nextBoolean() ? 8 : 300);
        List<List<Object>> leftRows =
                rows(keyTypes, random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(700), range, random);
        List<List<Object>> rightRows =
                rows(keyTypes, random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(700), range, random);
        return new Case(
                left,
                right,
                leftRows,
                rightRows,
                keyTypes.size(),
                TestBatches.source(left, leftRows, 1 + random.nextInt(4), random),
                TestBatches.source(right, rightRows, 1 + random.nextInt(4), random));
    }

    static List<List<Object>> rows(List<DataType> keyTypes, int n, int range, SplittableRandom random) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Object> row = new ArrayList<>();
            for (DataType type : keyTypes) {
                int k = random.nextInt(range);
                Object key = type == DataTypes.StringType
                        ? "s" + k
                        : type == DataTypes.IntegerType ? (Object) k : (Object) (long) k;
                row.add(random.nextInt(10) == 0 ? null : key);
            }
            row.add(random.nextInt(15) == 0 ? null : (long) random.nextInt(100));
            rows.add(java.util.Collections.unmodifiableList(row));
        }
        return rows;
    }

    static List<Expression> keys(List<AttributeReference> side, int keys) {
        return List.copyOf(side.subList(0, keys));
    }

    /** {@code a < b}, over the joined columns. */
    static List<Expression> residual(Case c, boolean withResidual) {
        return withResidual
                ? List.of(new LessThan(c.left().get(c.keys()), c.right().get(c.keys())))
                : List.of();
    }

    static BiPredicate<List<Object>, List<Object>> residualOf(Case c, boolean withResidual) {
        int a = c.keys();
        return withResidual
                ? (l, r) -> l.get(a) != null && r.get(a) != null && (Long) l.get(a) < (Long) r.get(a)
                : (l, r) -> true;
    }

    private static void check(ExecHarness harness, Case c, JoinType type, boolean withResidual, PhysicalPlan plan) {
        List<List<Object>> expected =
                ReferenceJoin.join(type, c.leftRows(), c.rightRows(), c.keys(), residualOf(c, withResidual));
        List<List<Object>> actual = harness.collect(plan);
        assertThat(Diffs.ofBags(actual, expected))
                .as("%s of %s", type, plan.treeString())
                .isEmpty();
    }

    static final JoinType[] TYPES = {
        JoinType.INNER,
        JoinType.LEFT_OUTER,
        JoinType.RIGHT_OUTER,
        JoinType.FULL_OUTER,
        JoinType.LEFT_SEMI,
        JoinType.LEFT_ANTI
    };

    @Test
    void broadcastHashJoinsOfEveryTypeTheyCanRun() {
        try (ExecHarness harness = ExecHarness.start(localDir)) {
            for (long seed = 0; seed < 3; seed++) {
                for (List<DataType> keyTypes : List.of(
                        List.of(DataTypes.LongType),
                        List.of(DataTypes.StringType),
                        List.of(DataTypes.IntegerType, DataTypes.StringType))) {
                    Case c = randomCase(keyTypes, seed);
                    for (JoinType type : TYPES) {
                        for (boolean withResidual : new boolean[] {false, true}) {
                            for (boolean buildLeft : new boolean[] {false, true}) {
                                if (new JoinSides(type, buildLeft).tracksBuild()) {
                                    continue;
                                }
                                check(
                                        harness,
                                        c,
                                        type,
                                        withResidual,
                                        new BroadcastHashJoinExec(
                                                keys(c.left(), c.keys()),
                                                keys(c.right(), c.keys()),
                                                type,
                                                buildLeft,
                                                residual(c, withResidual),
                                                c.leftPlan(),
                                                c.rightPlan()));
                            }
                        }
                    }
                }
            }
        }
    }
}
