package io.rivulet.sql.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.JobListener;
import io.rivulet.SpillInfo;
import io.rivulet.StageInfo;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * {@link ExchangeTest}'s cases with every map output serialized ({@link BatchSerializer}, its pieces merged per
 * bucket) and a memory budget small enough for the map side to spill: the same answers.
 */
class SerializedExchangeTest extends ExchangeTest {
    @Override
    String[] settings() {
        return new String[] {
            "rivulet.shuffle.serializeAbove", "1k",
            "rivulet.executor.memory", "2m",
            "rivulet.memory.minSpillBytes", "4k"
        };
    }

    @Test
    void mapOutputsAreSerializedAndSpilledAndStillExact() {
        List<SpillInfo> spills = new CopyOnWriteArrayList<>();
        List<StageInfo> stages = new CopyOnWriteArrayList<>();
        JobListener listener = new JobListener() {
            @Override
            public void onSpill(SpillInfo spill) {
                spills.add(spill);
            }

            @Override
            public void onStageCompleted(StageInfo stage) {
                stages.add(stage);
            }
        };
        rv.addListener(listener);
        TestData data = new TestData(99);
        // Enough rows for the map side to spill even when a loaded machine runs the tasks one after another.
        List<ColumnBatch> input = data.batches(400_000, attributes, 5000);
        List<Expression> keys = List.of(attributes.get(0));
        PhysicalPlan plan = new ShuffleExchangeExec(new Partitioning.Hash(keys, 7), scan(input, 3));

        List<List<Object>> rows = TestData.collect(plan, context());

        assertThat(TestData.sorted(rows)).isEqualTo(TestData.sorted(TestData.rows(input)));
        assertThat(spills).anySatisfy(spill -> assertThat(spill.what()).isEqualTo("shuffle map output"));
        assertThat(stages.stream()
                        .mapToLong(s -> s.metrics().shuffleWriteBytes())
                        .sum())
                .isPositive();
    }
}
