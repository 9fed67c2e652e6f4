package io.rivulet.sql.execution.join;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.Rivulet;
import io.rivulet.sql.DataFrame;
import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.execution.aggregate.Diffs;
import io.rivulet.sql.functions;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.session.Frames;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DataFrame joins through the whole stack (analyzer, optimizer, planner, exchanges, sorts), on random tables with
 * null and duplicate keys, against {@link ReferenceJoin}: with broadcasting off (sort-merge joins, cartesian
 * products, nested loops) and on (broadcast joins), and with shuffled hash joins preferred.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataFrameJoinTest {
    private final List<Rivulet> rivulets = new ArrayList<>();
    private List<List<Object>> leftRows;
    private List<List<Object>> rightRows;

    @BeforeAll
    void start() {
        SplittableRandom random = new SplittableRandom(42);
        leftRows = rows(900, 60, random);
        rightRows = rows(700, 60, random);
    }

    @AfterAll
    void stop() {
        rivulets.forEach(Rivulet::close);
    }

    /** Rows of (k, v): keys in {@code [0, range)}, one in ten null; values distinct. */
    private static List<List<Object>> rows(int n, int range, SplittableRandom random) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Object key = random.nextInt(10) == 0 ? null : (Object) random.nextInt(range);
            rows.add(Arrays.asList(key, (long) random.nextInt(1000)));
        }
        return rows;
    }

    private Rivulet rivulet(String mode) {
        Rivulet.Builder builder = Rivulet.builder()
                .master("local[2]")
                .appName("joins-" + mode)
                .config("rivulet.sql.shuffle.partitions", "3");
        switch (mode) {
            case "sortMerge" -> builder.config("rivulet.sql.autoBroadcastJoinThreshold", "-1");
            case "shuffledHash" ->
                builder.config("rivulet.sql.autoBroadcastJoinThreshold", "1k")
                        .config("rivulet.sql.join.preferSortMergeJoin", "false");
            default -> builder.config("rivulet.sql.autoBroadcastJoinThreshold", "10m");
        }
        Rivulet rivulet = builder.build();
        rivulets.add(rivulet);
        return rivulet;
    }

    private static DataFrame frame(Rivulet rivulet, List<List<Object>> rows, String value) {
        StructType schema = new StructType().add("k", DataTypes.IntegerType).add(value, DataTypes.LongType);
        List<Row> data = new ArrayList<>();
        for (List<Object> row : rows) {
            data.add(RowFactory.create(row.toArray()));
        }
        return rivulet.createDataFrame(data, schema);
    }

    private static List<List<Object>> collect(DataFrame frame) {
        List<List<Object>> out = new ArrayList<>();
        for (Row row : frame.collectAsList()) {
            Object[] values = new Object[row.length()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.get(i);
            }
            out.add(Arrays.asList(values));
        }
        return out;
    }

    private static String physicalPlan(DataFrame frame) {
        return Frames.session(frame).execute(Frames.plan(frame)).explainString(false);
    }

    private static String operatorOf(String mode) {
        return switch (mode) {
            case "sortMerge" -> "SortMergeJoin";
            case "shuffledHash" -> "ShuffledHashJoin";
            default -> "BroadcastHashJoin";
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"sortMerge", "broadcast", "shuffledHash"})
    void joinsOnAConditionOfEveryType(String mode) {
        Rivulet rivulet = rivulet(mode);
        DataFrame left = frame(rivulet, leftRows, "a");
        DataFrame right = frame(rivulet, rightRows, "b").withColumnRenamed("k", "k2");
        for (JoinType type : JoinTest.TYPES) {
            for (boolean withResidual : new boolean[] {false, true}) {
                io.rivulet.sql.Column condition = left.col("k").equalTo(right.col("k2"));
                if (withResidual) {
                    condition = condition.and(left.col("a").lt(right.col("b")));
                }
                String how = type.name().toLowerCase(java.util.Locale.ROOT);
                DataFrame joined = left.join(right, condition, how);
                List<List<Object>> expected = ReferenceJoin.join(
                        type,
                        leftRows,
                        rightRows,
                        1,
                        withResidual ? (l, r) -> (Long) l.get(1) < (Long) r.get(1) : (l, r) -> true);
                assertThat(Diffs.ofBags(collect(joined), expected))
                        .as("%s %s, residual %s:%n%s", mode, type, withResidual, physicalPlan(joined))
                        .isEmpty();
                if (!mode.equals("shuffledHash")) {
                    boolean broadcastable = mode.equals("broadcast") && type != JoinType.FULL_OUTER;
                    assertThat(physicalPlan(joined))
                            .contains(broadcastable || mode.equals("sortMerge") ? operatorOf(mode) : "SortMergeJoin");
                }
            }
        }
    }

    /**
     * With sort-merge joins not preferred and the threshold just under the small side's estimate, the small side
     * is hashed per partition: a shuffled hash join, of each type that outputs both sides.
     */
    @org.junit.jupiter.api.Test
    void shuffledHashJoinsWhenASideIsSmallPerPartition() {
        List<List<Object>> small = rightRows.subList(0, 100);
        List<List<Object>> big = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            big.addAll(leftRows);
        }
        Rivulet probe = rivulet("broadcast");
        DataFrame probeLeft = fourTimes(probe);
        DataFrame probeRight = frame(probe, small, "b").withColumnRenamed("k", "k2");
        DataFrame probeJoin = probeLeft.join(probeRight, probeLeft.col("k").equalTo(probeRight.col("k2")));
        Join join = (Join) Frames.session(probeJoin)
                .execute(Frames.plan(probeJoin))
                .optimized()
                .collect(plan -> plan instanceof Join)
                .get(0);
        long smallSize = join.right().statistics().sizeInBytes();
        assertThat(join.left().statistics().sizeInBytes()).isGreaterThanOrEqualTo(3 * smallSize);
        Rivulet rivulet = Rivulet.builder()
                .master("local[2]")
                .appName("joins-shuffled-hash")
                .config("rivulet.sql.shuffle.partitions", "3")
                .config("rivulet.sql.autoBroadcastJoinThreshold", String.valueOf(smallSize - 1))
                .config("rivulet.sql.join.preferSortMergeJoin", "false")
                .build();
        rivulets.add(rivulet);
        DataFrame left = fourTimes(rivulet);
        DataFrame right = frame(rivulet, small, "b").withColumnRenamed("k", "k2");
        for (JoinType type : List.of(JoinType.INNER, JoinType.LEFT_OUTER, JoinType.RIGHT_OUTER, JoinType.FULL_OUTER)) {
            DataFrame joined = left.join(
                    right, left.col("k").equalTo(right.col("k2")), type.name().toLowerCase(java.util.Locale.ROOT));
            assertThat(physicalPlan(joined)).contains("ShuffledHashJoin").contains("BuildRight");
            List<List<Object>> expected = ReferenceJoin.join(type, big, small, 1, (l, r) -> true);
            assertThat(Diffs.ofBags(collect(joined), expected)).as("%s", type).isEmpty();
        }
    }

    /** The left rows four times (a union: estimated four times the size, as local relations are by batch). */
    private DataFrame fourTimes(Rivulet rivulet) {
        DataFrame once = frame(rivulet, leftRows, "a");
        return once.union(once).union(once).union(once);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sortMerge", "broadcast"})
    void usingAColumnKeepsOneKeyColumn(String mode) {
        Rivulet rivulet = rivulet(mode);
        DataFrame joined = frame(rivulet, leftRows, "a").join(frame(rivulet, rightRows, "b"), "k");
        assertThat(joined.columns()).containsExactly("k", "a", "b");
        List<List<Object>> expected = new ArrayList<>();
        for (List<Object> row : ReferenceJoin.join(JoinType.INNER, leftRows, rightRows, 1, (l, r) -> true)) {
            expected.add(Arrays.asList(row.get(0), row.get(1), row.get(3)));
        }
        assertThat(Diffs.ofBags(collect(joined), expected)).isEmpty();
        assertThat(physicalPlan(joined)).contains(operatorOf(mode));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sortMerge", "broadcast"})
    void crossJoinsAndNonEquiJoins(String mode) {
        Rivulet rivulet = rivulet(mode);
        List<List<Object>> small = leftRows.subList(0, 120);
        List<List<Object>> smallRight = rightRows.subList(0, 90);
        DataFrame left = frame(rivulet, small, "a");
        DataFrame right = frame(rivulet, smallRight, "b").withColumnRenamed("k", "k2");
        DataFrame cross = left.crossJoin(right);
        assertThat(Diffs.ofBags(
                        collect(cross), ReferenceJoin.join(JoinType.INNER, small, smallRight, 0, (l, r) -> true)))
                .isEmpty();
        assertThat(physicalPlan(cross))
                .contains(mode.equals("sortMerge") ? "CartesianProduct" : "BroadcastNestedLoopJoin");
        for (JoinType type : JoinTest.TYPES) {
            DataFrame joined = left.join(
                    right, left.col("a").lt(right.col("b")), type.name().toLowerCase(java.util.Locale.ROOT));
            List<List<Object>> expected = ReferenceJoin.join(
                    type,
                    small,
                    smallRight,
                    0,
                    (l, r) -> l.get(1) != null && r.get(1) != null && (Long) l.get(1) < (Long) r.get(1));
            assertThat(Diffs.ofBags(collect(joined), expected))
                    .as("%s %s:%n%s", mode, type, physicalPlan(joined))
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sortMerge", "broadcast"})
    void nullSafeEqualityMatchesNulls(String mode) {
        Rivulet rivulet = rivulet(mode);
        DataFrame left = frame(rivulet, leftRows, "a");
        DataFrame right = frame(rivulet, rightRows, "b").withColumnRenamed("k", "k2");
        DataFrame joined = left.join(right, left.col("k").eqNullSafe(right.col("k2")), "inner");
        long expected = 0;
        for (List<Object> l : leftRows) {
            for (List<Object> r : rightRows) {
                if (java.util.Objects.equals(l.get(0), r.get(0))) {
                    expected++;
                }
            }
        }
        assertThat(joined.count()).isEqualTo(expected);
        assertThat(physicalPlan(joined)).contains(mode.equals("sortMerge") ? "SortMergeJoin" : "BroadcastHashJoin");
        DataFrame hinted = left.join(functions.broadcast(right), left.col("k").equalTo(right.col("k2")), "left_outer");
        assertThat(physicalPlan(hinted)).contains("BroadcastHashJoin").contains("BuildRight");
    }
}
