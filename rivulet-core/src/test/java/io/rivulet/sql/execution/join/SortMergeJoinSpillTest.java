package io.rivulet.sql.execution.join;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.internal.RivuletInternals;
import io.rivulet.sql.execution.EnsureRequirements;
import io.rivulet.sql.execution.PhysicalPlan;
import io.rivulet.sql.execution.aggregate.Diffs;
import io.rivulet.sql.execution.aggregate.ExecHarness;
import io.rivulet.sql.execution.aggregate.TestBatches;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sort-merge join whose buffered side has a hot key, far larger than the task's execution memory: the key's
 * group spills ("sort-merge join buffer") and is read back for every streamed batch of that key, and the answer
 * stays exact, with no memory or spill file left.
 */
class SortMergeJoinSpillTest {
    @TempDir
    Path localDir;

    private static final AttributeReference LK = AttributeReference.of("lk", DataTypes.LongType, true);
    private static final AttributeReference A = AttributeReference.of("a", DataTypes.LongType, true);
    private static final AttributeReference RK = AttributeReference.of("rk", DataTypes.LongType, true);
    private static final AttributeReference B = AttributeReference.of("b", DataTypes.LongType, true);
    private static final long HOT = 7;

    /** {@code hot} rows of the hot key and {@code others} of random keys (some null), values random. */
    private static List<List<Object>> side(int hot, int others, SplittableRandom random) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < hot; i++) {
            rows.add(java.util.Arrays.asList(HOT, (long) random.nextInt(1000)));
        }
        for (int i = 0; i < others; i++) {
            Object key = random.nextInt(20) == 0 ? null : (Object) (long) random.nextInt(500);
            rows.add(java.util.Arrays.asList(key, (long) random.nextInt(1000)));
        }
        java.util.Collections.shuffle(rows, new java.util.Random(random.nextLong()));
        return rows;
    }

    private static SortMergeJoinExec join(PhysicalPlan left, PhysicalPlan right, JoinType type, boolean residual) {
        return new SortMergeJoinExec(
                List.of(LK), List.of(RK), type, residual ? List.of(new LessThan(A, B)) : List.of(), left, right);
    }

    @Test
    void aHotKeySpillsItsGroupAndStaysExact() {
        try (ExecHarness harness = ExecHarness.withMemory(localDir, "256k", "8k")) {
            SplittableRandom random = new SplittableRandom(5);
            List<List<Object>> small = side(6, 3000, random);
            List<List<Object>> hot = side(60_000, 3000, random);
            for (JoinType type :
                    List.of(JoinType.INNER, JoinType.FULL_OUTER, JoinType.LEFT_SEMI, JoinType.RIGHT_OUTER)) {
                // a right outer join buffers its left side: the hot key goes there
                boolean hotLeft = type == JoinType.RIGHT_OUTER;
                List<List<Object>> leftRows = hotLeft ? hot : small;
                List<List<Object>> rightRows = hotLeft ? small : hot;
                checkSpills(harness, type, true, leftRows, rightRows, random);
            }
        }
    }

    /** A hot key on both sides, the streamed one over many batches: its group is read back for each of them. */
    @Test
    void aHotStreamedKeyReadsItsSpilledGroupForEveryBatch() {
        try (ExecHarness harness = ExecHarness.withMemory(localDir, "256k", "8k")) {
            SplittableRandom random = new SplittableRandom(6);
            List<List<Object>> leftRows = side(9_000, 1000, random);
            List<List<Object>> rightRows = side(25_000, 1000, random);
            for (JoinType type : List.of(JoinType.LEFT_SEMI, JoinType.LEFT_ANTI)) {
                checkSpills(harness, type, false, leftRows, rightRows, random);
            }
        }
    }

    /** What the sort-merge join avoids: a shuffled hash join holds its build side whole, and says what to set. */
    @Test
    void aShuffledHashJoinThatCannotHoldItsBuildSideFailsNamingTheSetting() {
        try (ExecHarness harness = ExecHarness.withMemory(localDir, "256k", "8k")) {
            SplittableRandom random = new SplittableRandom(7);
            PhysicalPlan left = TestBatches.source(List.of(LK, A), side(10, 100, random), 1, random);
            PhysicalPlan right = TestBatches.source(List.of(RK, B), side(200_000, 0, random), 1, random);
            PhysicalPlan plan = new EnsureRequirements(1)
                    .apply(new ShuffledHashJoinExec(
                            List.of(LK), List.of(RK), JoinType.INNER, false, List.of(), left, right));
            assertThatThrownBy(() -> harness.collect(plan))
                    .hasStackTraceContaining("rivulet.sql.join.preferSortMergeJoin=true");
        }
    }

    private static void checkSpills(
            ExecHarness harness,
            JoinType type,
            boolean residual,
            List<List<Object>> leftRows,
            List<List<Object>> rightRows,
            SplittableRandom random) {
        PhysicalPlan left = TestBatches.source(List.of(LK, A), leftRows, 2, random);
        PhysicalPlan right = TestBatches.source(List.of(RK, B), rightRows, 3, random);
        int spillsBefore = harness.spills().size();
        PhysicalPlan plan = new EnsureRequirements(3).apply(join(left, right, type, residual));
        List<List<Object>> expected = ReferenceJoin.join(
                type, leftRows, rightRows, 1, residual ? (l, r) -> (Long) l.get(1) < (Long) r.get(1) : (l, r) -> true);
        assertThat(Diffs.ofBags(harness.collect(plan), expected)).as("%s", type).isEmpty();
        assertThat(harness.spills().subList(spillsBefore, harness.spills().size()))
                .as("the hot key's group spilled")
                .anySatisfy(spill -> {
                    assertThat(spill.what()).isEqualTo("sort-merge join buffer");
                    assertThat(spill.bytes()).isPositive();
                });
    }

    /**
     * Millions of pairs of one key, counted rather than collected: the count and a checksum of the pairs
     * against sums per key.
     */
    @Test
    void millionsOfPairsOfAHotKeyAreCountedExactly() {
        try (ExecHarness harness = ExecHarness.withMemory(localDir, "256k", "8k")) {
            SplittableRandom random = new SplittableRandom(9);
            List<List<Object>> leftRows = side(40, 2000, random);
            List<List<Object>> rightRows = side(80_000, 2000, random);
            PhysicalPlan left = TestBatches.source(List.of(LK, A), leftRows, 2, random);
            PhysicalPlan right = TestBatches.source(List.of(RK, B), rightRows, 2, random);
            PhysicalPlan plan = new EnsureRequirements(2).apply(join(left, right, JoinType.INNER, false));
            long[] actual = countAndChecksum(harness, plan);
            long[] expected = expectedCountAndChecksum(leftRows, rightRows);
            assertThat(actual).containsExactly(expected);
            assertThat(expected[0]).as("millions of pairs").isGreaterThan(3_000_000);
            assertThat(RivuletInternals.memoryManager(harness.rivulet()).executionUsed())
                    .isZero();
            assertThat(harness.spills())
                    .anySatisfy(spill -> assertThat(spill.what()).isEqualTo("sort-merge join buffer"));
        }
    }

    private static long[] countAndChecksum(ExecHarness harness, PhysicalPlan plan) {
        List<long[]> parts = RivuletInternals.runJob(
                harness.rivulet(),
                plan.execute(harness.context()),
                (context, batches) -> {
                    long[] sums = new long[2];
                    while (batches.hasNext()) {
                        ColumnBatch batch = batches.next();
                        for (int r = 0; r < batch.numRows(); r++) {
                            long a = (Long) batch.column(1).get(r);
                            long b = (Long) batch.column(3).get(r);
                            sums[0]++;
                            sums[1] += 31 * a + b;
                        }
                    }
                    return sums;
                },
                "count");
        long[] total = new long[2];
        for (long[] part : parts) {
            total[0] += part[0];
            total[1] += part[1];
        }
        return total;
    }

    /** Per key: pairs = nl * nr; checksum = 31 * sumA * nr + nl * sumB. */
    private static long[] expectedCountAndChecksum(List<List<Object>> left, List<List<Object>> right) {
        Map<Object, long[]> l = sums(left);
        Map<Object, long[]> r = sums(right);
        long[] total = new long[2];
        l.forEach((key, ls) -> {
            long[] rs = r.get(key);
            if (rs != null) {
                total[0] += ls[0] * rs[0];
                total[1] += 31 * ls[1] * rs[0] + ls[0] * rs[1];
            }
        });
        return total;
    }

    private static Map<Object, long[]> sums(List<List<Object>> rows) {
        Map<Object, long[]> sums = new HashMap<>();
        for (List<Object> row : rows) {
            if (row.get(0) != null) {
                long[] s = sums.computeIfAbsent(row.get(0), k -> new long[2]);
                s[0]++;
                s[1] += (Long) row.get(1);
            }
        }
        return sums;
    }
}
