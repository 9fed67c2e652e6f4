package io.rivulet.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.JobInfo;
import io.rivulet.LongAccumulator;
import io.rivulet.Pair;
import io.rivulet.PairRDD;
import io.rivulet.RDD;
import io.rivulet.Rivulet;
import io.rivulet.StageInfo;
import io.rivulet.testing.RecordingListener;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code take} and {@code first} read partitions incrementally, running as few tasks as they can. */
class TakeLazinessTest {
    private Rivulet rv;
    private RecordingListener events;

    @BeforeEach
    void start() {
        rv = Rivulet.builder().master("local[2]").build();
        events = new RecordingListener();
        rv.addListener(events);
    }

    @AfterEach
    void stop() {
        rv.close();
    }

    @Test
    void takeFiveOfAMillionRunsOneTaskThatReadsFiveElements() {
        LongAccumulator computed = rv.longAccumulator("computed");
        RDD<Long> numbers = rv.range(0, 1_000_000, 1, 100).map(x -> {
            computed.add(1);
            return x;
        });

        List<Long> taken = numbers.take(5);

        assertThat(taken).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(events.jobStarts()).hasSize(1);
        assertThat(events.taskEnds()).hasSize(1);
        assertThat(events.taskEnds().get(0).partition()).isZero();
        assertThat(computed.value()).isEqualTo(5);
    }

    @Test
    void takeScalesUpFourfoldWhilePartitionsScannedAreEmpty() {
        // Partitions 0 to 17 of 20 are empty once filtered.
        RDD<Long> tail = rv.range(0, 1000, 1, 20).filter(x -> x >= 900);

        List<Long> taken = tail.take(3);

        assertThat(taken).containsExactly(900L, 901L, 902L);
        assertThat(tasksPerJob()).containsExactly(1, 4, 15);
        assertThat(events.taskEnds())
                .extracting(task -> task.partition())
                .containsExactlyInAnyOrderElementsOf(range(20));
    }

    @Test
    void takeEstimatesHowManyMorePartitionsItNeedsFromThoseItRead() {
        // One element in each of 10 partitions: the first job finds 1 of 5, so it tries 4 more partitions.
        RDD<Long> sparse = rv.range(0, 100, 1, 10).filter(x -> x % 10 == 0);

        List<Long> taken = sparse.take(5);

        assertThat(taken).containsExactly(0L, 10L, 20L, 30L, 40L);
        assertThat(tasksPerJob()).containsExactly(1, 4);
    }

    @Test
    void takeMoreThanThereIsReadsEverythingOnce() {
        RDD<Long> small = rv.range(0, 7, 1, 3);

        assertThat(small.take(100)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(events.taskEnds()).extracting(task -> task.partition()).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void takeZeroRunsNoJob() {
        assertThat(rv.range(0, 10, 1, 2).take(0)).isEmpty();
        assertThat(events.jobStarts()).isEmpty();
    }

    @Test
    void takeOnAShuffledRddRunsEveryMapTaskButOneResultTask() {
        PairRDD<Long, Long> sums =
                rv.range(0, 100, 1, 4).mapToPair(x -> Pair.of(x % 10, x)).reduceByKey(Long::sum, 5);

        assertThat(sums.take(1)).hasSize(1);

        List<StageInfo> stages = events.stagesSubmitted();
        assertThat(stages).extracting(StageInfo::numTasks).containsExactly(4, 1);
        assertThat(events.taskEnds()).hasSize(5);
    }

    @Test
    void firstReturnsTheFirstElementRunningOneTask() {
        assertThat(rv.range(5, 1_000_000, 1, 50).first()).isEqualTo(5L);
        assertThat(events.taskEnds()).hasSize(1);
    }

    @Test
    void firstOnAnEmptyRddThrows() {
        RDD<Long> noPartitions = rv.emptyRDD();
        RDD<Long> emptyPartitions = rv.range(0, 0, 1, 4);
        RDD<Long> filteredAway = rv.range(0, 100, 1, 4).filter(x -> x < 0);

        for (RDD<Long> empty : List.of(noPartitions, emptyPartitions, filteredAway)) {
            assertThatThrownBy(() -> empty.first())
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("empty collection");
        }
        assertThat(rv.range(0, 100, 1, 4).filter(x -> x < 0).isEmpty()).isTrue();
    }

    private List<Integer> tasksPerJob() {
        return events.jobStarts().stream()
                .map(JobInfo::jobId)
                .map(job -> events.taskEnds(job).size())
                .toList();
    }

    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }
}
