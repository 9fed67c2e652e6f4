package io.rivulet.sql.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.JobListener;
import io.rivulet.StageInfo;
import io.rivulet.config.RivuletConfig;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A query whose shuffle outputs are lost (the {@code rivulet.test.failShuffleFetch} hook makes the first and fifth
 * fetches fail once) is recovered from lineage with the right answer, and its operator metrics count each
 * partition once although the lost map tasks ran twice.
 */
class RecoveryAndMetricsTest extends EngineTestBase {
    private final List<AttributeReference> attributes = TestData.attributes();
    private final List<StageInfo> stages = new CopyOnWriteArrayList<>();

    @Override
    String[] settings() {
        return new String[] {RivuletConfig.TEST_FAIL_SHUFFLE_FETCH.key(), "1,5"};
    }

    @Test
    void aLostShuffleOutputIsRecomputedAndCountedOnce() {
        rv.addListener(new JobListener() {
            @Override
            public void onStageCompleted(StageInfo stage) {
                stages.add(stage);
            }
        });
        TestData data = new TestData(31);
        List<ColumnBatch> input = data.batches(30_000, attributes, 1000);
        LocalTableScanExec scan = LocalTableScanExec.of(attributes, input, 3);
        FilterExec filter = new FilterExec(new TestExpressions.GreaterThan(attributes.get(0), -200), scan);
        PhysicalPlan plan =
                new EnsureRequirements(4).apply(new SortExec(List.of(SortOrder.asc(attributes.get(0))), true, filter));
        ExecutionContext context = context();

        List<List<Object>> sorted = TestData.collect(plan, context);

        List<List<Object>> expected = new ArrayList<>();
        for (List<Object> row : TestData.rows(input)) {
            if (row.get(0) != null && (Long) row.get(0) > -200) {
                expected.add(row);
            }
        }
        expected.sort(SortTest.rowOrder(new int[] {0}, new boolean[] {true}, new boolean[] {true}));
        assertThat(SortTest.keysOf(sorted, new int[] {0})).isEqualTo(SortTest.keysOf(expected, new int[] {0}));
        assertThat(TestData.sorted(sorted)).isEqualTo(TestData.sorted(expected));
        assertThat(stages).anySatisfy(stage -> assertThat(stage.failureReason()).contains("fetch failed"));

        SqlMetrics metrics = context.metrics();
        assertThat(metrics.of(scan).outputRows()).isEqualTo(30_000);
        assertThat(metrics.of(scan).partitions()).isEqualTo(3);
        assertThat(metrics.of(filter).outputRows()).isEqualTo(expected.size());
        assertThat(metrics.of(plan).outputRows()).isEqualTo(expected.size());
        assertThat(metrics.of(plan).partitions()).isEqualTo(4);
        PhysicalPlan exchange = plan.children().get(0);
        assertThat(exchange).isInstanceOf(ShuffleExchangeExec.class);
        assertThat(metrics.of(exchange).outputRows()).isEqualTo(expected.size());
        assertThat(metrics.treeString(plan)).contains("Sort [", "rows=" + expected.size());
        assertThat(metrics.snapshot()).containsKeys(plan, exchange, filter, scan);
    }
}
