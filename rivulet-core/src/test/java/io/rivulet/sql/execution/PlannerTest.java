package io.rivulet.sql.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.Limit;
import io.rivulet.sql.plan.LocalRelation;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.RangeRelation;
import io.rivulet.sql.plan.Repartition;
import io.rivulet.sql.plan.Sort;
import io.rivulet.sql.plan.Union;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The planner's strategies and {@link EnsureRequirements}: which operators a logical plan becomes (compared as
 * printed trees), where exchanges and sorts are inserted and where they are left out, and the answers of whole
 * queries run through {@code QueryExecution}.
 */
class PlannerTest extends EngineTestBase {
    private final List<AttributeReference> attributes = TestData.attributes();
    private final AttributeReference k = attributes.get(0);
    private final AttributeReference s = attributes.get(3);

    private LocalRelation local(long seed, int rows) {
        return new LocalRelation(attributes, new TestData(seed).batches(rows, attributes, 20));
    }

    private RangeRelation range(long end, int splits) {
        return new RangeRelation(0, end, 1, splits, AttributeReference.of("id", DataTypes.LongType, false));
    }

    private PhysicalPlan plan(LogicalPlan plan) {
        return new Planner(session, new ClusteredAggregate(), new CoPartitionedJoin()).plan(plan);
    }

    @Test
    void projectionsAndFiltersPrintAsSpark() {
        Alias k3 = Alias.of(new TestExpressions.Times(k, 3), "k3");
        LogicalPlan logical =
                new Project(List.of(s, k3), new Filter(new TestExpressions.GreaterThan(k, 5), local(1, 10)));
        assertThat(plan(logical).treeString())
                .isEqualTo("Project [" + s + ", (" + k + " * 3) AS k3" + k3.exprId() + "]\n"
                        + "+- Filter (" + k + " > 5)\n"
                        + "   +- LocalTableScan [" + k + "," + attributes.get(1) + "," + attributes.get(2) + "," + s
                        + "]\n");
    }

    @Test
    void aGlobalSortGetsARangeExchangeUnlessItsInputIsOrderedOrInOnePartition() {
        Sort byK = new Sort(List.of(SortOrder.asc(k)), true, local(2, 100));
        assertThat(plan(byK).treeString())
                .isEqualTo("Sort [" + k + " ASC NULLS FIRST], true, 0\n"
                        + "+- Exchange rangepartitioning(" + k + " ASC NULLS FIRST, "
                        + session.conf().shufflePartitions()
                        + ")\n"
                        + "   +- LocalTableScan [" + k + "," + attributes.get(1) + "," + attributes.get(2) + "," + s
                        + "]\n");
        LocalRelation oneRow = local(3, 1);
        assertThat(plan(new Sort(List.of(SortOrder.asc(k)), true, oneRow)).treeString())
                .doesNotContain("Exchange")
                .startsWith("Sort");
        RangeRelation range = range(100, 3);
        assertThat(plan(new Sort(List.of(SortOrder.asc(range.id())), true, range))
                        .treeString())
                .as("a range is ordered by id already")
                .isEqualTo("Range (0, 100, step=1, splits=3)\n");
        assertThat(plan(new Sort(List.of(SortOrder.desc(range.id())), true, range))
                        .treeString())
                .contains("Exchange rangepartitioning(id", "DESC NULLS LAST");
    }

    @Test
    void limitsOverSortsAreTopNAndOtherLimitsGatherIntoOnePartition() {
        Limit topN = new Limit(10, 2, new Sort(List.of(SortOrder.desc(k)), true, local(4, 100)));
        assertThat(plan(topN).treeString())
                .isEqualTo("TakeOrderedAndProject(limit=10, offset=2, orderBy=[" + k + " DESC NULLS LAST], output=["
                        + k + "," + attributes.get(1) + "," + attributes.get(2) + "," + s + "])\n"
                        + "+- LocalTableScan [" + k + "," + attributes.get(1) + "," + attributes.get(2) + "," + s
                        + "]\n");
        Limit plain = Limit.of(5, local(5, 100));
        assertThat(plan(plain).treeString())
                .isEqualTo("GlobalLimit 5\n"
                        + "+- Exchange SinglePartition\n"
                        + "   +- LocalLimit 5\n"
                        + "      +- LocalTableScan [" + k + "," + attributes.get(1) + "," + attributes.get(2) + ","
                        + s + "]\n");
        assertThat(plan(Limit.of(5, range(100, 1))).treeString()).doesNotContain("Exchange");
        Limit huge = Limit.of(Planner.TOP_N_MAX_ROWS + 1, new Sort(List.of(SortOrder.asc(k)), true, local(4, 10)));
        assertThat(plan(huge).treeString()).startsWith("GlobalLimit").contains("Sort [");
    }

    @Test
    void anAggregationNeedsNoExchangeOverInputPartitionedByItsKeys() {
        Repartition byK = new Repartition(List.of(k), 4, true, local(6, 100));
        Aggregate grouped = new Aggregate(List.of(k), List.of(k), byK);
        String planned = plan(grouped).treeString();
        assertThat(planned).containsOnlyOnce("Exchange hashpartitioning(" + k + ", 4)");
        Aggregate bySAndK = new Aggregate(List.of(s, k), List.of(k), byK);
        assertThat(plan(bySAndK).treeString())
                .as("hash partitioning on a subset of the keys clusters them")
                .containsOnlyOnce("Exchange");
        Aggregate byS = new Aggregate(List.of(s), List.of(s), byK);
        assertThat(plan(byS).treeString())
                .contains(
                        "Exchange hashpartitioning(" + s + ", " + session.conf().shufflePartitions() + ")")
                .contains("Exchange hashpartitioning(" + k + ", 4)");
    }

    @Test
    void redundantExchangesAreRemovedAndInsertedOnesReplaced() {
        Repartition twice = new Repartition(List.of(k), 4, true, new Repartition(List.of(k), 4, true, local(7, 100)));
        assertThat(plan(twice).treeString()).containsOnlyOnce("Exchange");
        // An exchange the planner inserted is replaced rather than stacked.
        PhysicalPlan inserted = new ShuffleExchangeExec(new Partitioning.Hash(List.of(k), 3), scanOf(local(8, 100)));
        PhysicalPlan planned = new EnsureRequirements(5).apply(new ClusteredOperator(List.of(s), inserted));
        assertThat(planned.treeString()).containsOnlyOnce("Exchange").contains("hashpartitioning(" + s + ", 5)");
    }

    @Test
    void joinSidesAreHashPartitionedIntoTheSameNumberOfPartitions() {
        LocalRelation other = new LocalRelation(
                List.of(AttributeReference.of("k2", DataTypes.LongType, true)),
                List.of(new TestData(9).batch(10, List.of(k), 5)));
        AttributeReference k2 = other.output().get(0);
        Join join = Join.on(new Repartition(List.of(k), 8, true, local(10, 100)), other, JoinType.INNER, null);
        String planned = plan(join).treeString();
        assertThat(planned).contains("Exchange hashpartitioning(" + k + ", 8)");
        assertThat(planned).contains("Exchange hashpartitioning(" + k2 + ", 8)");
    }

    @Test
    void unplannableNodesSayWhat() {
        Planner planner = new Planner(session);
        LogicalPlan intersect = new io.rivulet.sql.plan.SetOperation(
                io.rivulet.sql.plan.SetOperation.Kind.INTERSECT, false, local(11, 3), local(12, 3));
        assertThatThrownBy(() -> planner.plan(intersect))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no strategy plans Intersect");
    }

    @Test
    void queriesRunThroughQueryExecution() {
        LocalRelation input = local(12, 10_000);
        Limit query = new Limit(
                7,
                3,
                new Sort(
                        List.of(SortOrder.asc(s), SortOrder.desc(k)),
                        true,
                        new Union(
                                List.of(new Filter(new TestExpressions.GreaterThan(k, 0), input), input),
                                false,
                                false)));
        BaseRDD<ColumnBatch> rdd = session.execute(query).toRdd();
        List<List<Object>> rows = new ArrayList<>();
        io.rivulet.internal.RivuletInternals.runJob(
                        rv,
                        rdd,
                        (task, it) -> {
                            List<ColumnBatch> all = new ArrayList<>();
                            it.forEachRemaining(all::add);
                            return all;
                        },
                        "test")
                .forEach(p -> rows.addAll(TestData.rows(p)));
        List<List<Object>> expected = new ArrayList<>();
        for (List<Object> row : TestData.rows(input.batches())) {
            if (row.get(0) != null && (Long) row.get(0) > 0) {
                expected.add(row);
            }
        }
        expected.addAll(TestData.rows(input.batches()));
        expected.sort(SortTest.rowOrder(new int[] {3, 0}, new boolean[] {true, false}, new boolean[] {true, false}));
        assertThat(SortTest.keysOf(rows, new int[] {3, 0}))
                .isEqualTo(SortTest.keysOf(expected.subList(3, 10), new int[] {3, 0}));
        assertThat(session.execute(query).explainString(false))
                .startsWith("== Physical Plan ==\nTakeOrderedAndProject");
    }

    private PhysicalPlan scanOf(LocalRelation relation) {
        return LocalTableScanExec.of(relation.output(), relation.batches(), 3);
    }

    /** A test aggregation: one operator that requires its input clustered by the grouping keys. */
    private static final class ClusteredAggregate implements AggregatePlanning {
        @Override
        public PhysicalPlan plan(Aggregate node, PhysicalPlan child, PlannerContext context) {
            return new ClusteredOperator(node.grouping(), child);
        }
    }

    /** A test join: both sides hash-clustered on their first column. */
    private static final class CoPartitionedJoin implements JoinPlanning {
        @Override
        public PhysicalPlan plan(Join node, PhysicalPlan left, PhysicalPlan right, PlannerContext context) {
            return new CoPartitionedOperator(left, right);
        }
    }

    /** Passes its child's rows on; requires them clustered by {@code keys}. */
    record ClusteredOperator(List<Expression> keys, PhysicalPlan child) implements PhysicalPlan {
        @Override
        public List<PhysicalPlan> children() {
            return List.of(child);
        }

        @Override
        public PhysicalPlan withNewChildren(List<PhysicalPlan> children) {
            return new ClusteredOperator(keys, children.get(0));
        }

        @Override
        public List<AttributeReference> output() {
            return child.output();
        }

        @Override
        public List<Distribution> requiredChildDistribution() {
            return List.of(new Distribution.Clustered(keys));
        }

        @Override
        public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
            return child.execute(context);
        }

        @Override
        public String nodeString() {
            return "Clustered " + keys;
        }
    }

    /** Requires both sides hash-partitioned on their first column, alike. */
    record CoPartitionedOperator(PhysicalPlan left, PhysicalPlan right) implements PhysicalPlan {
        @Override
        public List<PhysicalPlan> children() {
            return List.of(left, right);
        }

        @Override
        public PhysicalPlan withNewChildren(List<PhysicalPlan> children) {
            return new CoPartitionedOperator(children.get(0), children.get(1));
        }

        @Override
        public List<AttributeReference> output() {
            List<AttributeReference> output = new ArrayList<>(left.output());
            output.addAll(right.output());
            return output;
        }

        @Override
        public List<Distribution> requiredChildDistribution() {
            return List.of(
                    new Distribution.HashClustered(
                            List.<Expression>of(left.output().get(0))),
                    new Distribution.HashClustered(
                            List.<Expression>of(right.output().get(0))));
        }

        @Override
        public BaseRDD<ColumnBatch> execute(ExecutionContext context) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String nodeString() {
            return "CoPartitioned";
        }
    }
}
