package io.rivulet.sql.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.LongVector;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The range bounds' sample: whole when small, the right size, distinct rows, and uniform over its input. */
class ReservoirTest {
    private static final int BATCH = 1_000;

    @Test
    void aPartitionSmallerThanTheSampleIsTakenWhole() {
        RangeBounds.Reservoir reservoir = new RangeBounds.Reservoir(100, 0);
        reservoir.offer(batch(0, 60));
        reservoir.offer(batch(60, 30));
        reservoir.offer(batch(90, 0));
        assertThat(reservoir.seen).isEqualTo(90);
        assertThat(values(reservoir)).hasSize(90).containsExactlyInAnyOrderElementsOf(range(90));
    }

    @Test
    void aLargePartitionGivesAFullSampleOfDistinctRowsItSaw() {
        RangeBounds.Reservoir reservoir = new RangeBounds.Reservoir(100, 3);
        for (int b = 0; b < 500; b++) {
            reservoir.offer(batch((long) b * BATCH, BATCH));
        }
        assertThat(reservoir.seen).isEqualTo(500L * BATCH);
        Set<Long> values = values(reservoir);
        assertThat(values).hasSize(100).allMatch(v -> v >= 0 && v < 500L * BATCH);
        // rows past the first batches were taken: the sample moved on from the rows that filled it
        assertThat(values.stream().filter(v -> v >= 100_000).count()).isGreaterThan(50);
    }

    @Test
    void everyTenthOfTheInputIsSampledEquallyOften() {
        int rows = 20 * BATCH;
        long[] tenths = new long[10];
        int samples = 400;
        for (int partition = 0; partition < samples; partition++) {
            RangeBounds.Reservoir reservoir = new RangeBounds.Reservoir(50, partition);
            for (int b = 0; b < rows / BATCH; b++) {
                reservoir.offer(batch((long) b * BATCH, BATCH));
            }
            for (long v : values(reservoir)) {
                tenths[(int) (v * 10 / rows)]++;
            }
        }
        // 20,000 draws: each tenth expects 2,000, and a uniform sample stays within 10% of it (about 7 standard
        // deviations); a sample biased to the rows that filled it would give the first tenth far more
        long expected = samples * 50L / 10;
        for (long count : tenths) {
            assertThat(count).isBetween(expected * 9 / 10, expected * 11 / 10);
        }
    }

    private static ColumnBatch batch(long start, int n) {
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = start + i;
        }
        return ColumnBatch.of(new LongVector(DataTypes.LongType, n, values, null));
    }

    private static Set<Long> values(RangeBounds.Reservoir reservoir) {
        Set<Long> values = new HashSet<>();
        for (Object[] row : reservoir.rows) {
            values.add((Long) row[0]);
        }
        assertThat(values).as("distinct rows").hasSize(reservoir.rows.size());
        return values;
    }

    private static Set<Long> range(int n) {
        Set<Long> values = new HashSet<>();
        for (long i = 0; i < n; i++) {
            values.add(i);
        }
        return values;
    }
}
