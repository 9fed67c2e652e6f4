package io.rivulet.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.JobFailedException;
import io.rivulet.Pair;
import io.rivulet.Rivulet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same jobs on the embedded engine and on Spark's local mode ({@code master("spark-local[2]")}, which
 * serializes every task and every result as a cluster does), with equal results.
 */
class SparkLocalModeTest {
    private static Rivulet embedded;
    private static Rivulet onSpark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        embedded = Rivulet.builder().master("local[2]").appName("embedded").build();
        onSpark = Rivulet.builder()
                .master("spark-local[2]")
                .appName("on-spark")
                .config("spark.ui.enabled", "false")
                .build();
    }

    @AfterAll
    static void stop() {
        if (onSpark != null) {
            onSpark.close();
        }
        if (embedded != null) {
            embedded.close();
        }
        assertThat(SparkRunner.activeContext()).as("the SparkContext stopped").isNull();
    }

    @AfterEach
    void everySparkTaskEndedItsRivuletContext() {
        assertThat(ExecutorTasks.open()).isZero();
    }

    @Test
    void theClusterDecidesTheDefaultParallelism() {
        assertThat(onSpark.defaultParallelism()).isEqualTo(2);
    }

    @Test
    void wordCount() throws IOException {
        Path text = dir.resolve("words.txt");
        Files.writeString(text, "the quick brown fox\njumps over the lazy dog\n\nthe end\n");
        Map<String, Long> counts = Jobs.wordCount(onSpark, text);
        assertThat(counts).containsEntry("the", 3L).containsEntry("fox", 1L).hasSize(9);
        assertThat(counts).isEqualTo(Jobs.wordCount(embedded, text));
    }

    @Test
    void sortByKeyOrdersAcrossPartitions() {
        List<List<String>> sorted = Jobs.sortByKey(onSpark);
        List<String> keys = sorted.get(0);
        assertThat(keys).hasSize(2_000);
        assertThat(keys.get(0)).isEqualTo("999");
        assertThat(keys.get(keys.size() - 1)).isEqualTo("0");
        assertThat(keys.stream().map(Long::valueOf).toList()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(sorted).isEqualTo(Jobs.sortByKey(embedded));
    }

    @Test
    void join() {
        List<String> joined = Jobs.join(onSpark);
        assertThat(joined).containsExactly("1:ada/analytical", "3:grace/cobol", "3:grace/flow-matic");
        assertThat(joined).isEqualTo(Jobs.join(embedded));
    }

    @Test
    void broadcastsAndAccumulatorsReportBack() {
        List<Long> result = Jobs.broadcastAndAccumulator(onSpark);
        assertThat(result.subList(1, 4)).containsExactly(500L, 44_850L, 300L);
        assertThat(result).isEqualTo(Jobs.broadcastAndAccumulator(embedded));
    }

    @Test
    void pageRankWithPersistedCoPartitionedLinks() {
        Map<String, String> ranks = Jobs.pageRank(onSpark, 5);
        assertThat(ranks).hasSize(6);
        assertThat(ranks).isEqualTo(Jobs.pageRank(embedded, 5));
    }

    @Test
    void coPartitionedRddsJoinWithoutAShuffleOnSpark() throws Exception {
        var links = onSpark.parallelize(List.of(Pair.of("a", "b"), Pair.of("b", "c"), Pair.of("c", "a")), 3)
                .mapToPair(p -> p)
                .partitionBy(new io.rivulet.HashPartitioner(2))
                .cache();
        var ranks = links.mapValues(v -> 1.0);
        assertThat(links.count()).isEqualTo(3); // computes and caches the partitioned links
        AtomicInteger stages = new AtomicInteger();
        SparkListener listener = new SparkListener() {
            @Override
            public void onStageSubmitted(SparkListenerStageSubmitted stage) {
                stages.incrementAndGet();
            }
        };
        SparkContext context = SparkRunner.activeContext();
        context.addSparkListener(listener);
        try {
            assertThat(links.join(ranks).count()).isEqualTo(3);
            context.listenerBus().waitUntilEmpty();
        } finally {
            context.removeSparkListener(listener);
            links.unpersist();
        }
        // One stage: both sides are read in place (the links from their cached blocks); no shuffle ran.
        assertThat(stages.get()).isEqualTo(1);
    }

    @Test
    void aFailingTaskFailsTheJobWithTheUsersException() {
        assertThatThrownBy(() -> onSpark.range(0, 10, 1, 2)
                        .map(i -> {
                            if (i == 7) {
                                throw new IllegalArgumentException("seven is not allowed");
                            }
                            return i;
                        })
                        .collect())
                .isInstanceOf(JobFailedException.class)
                .hasMessageContaining("seven is not allowed")
                .cause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("seven is not allowed");
    }

    @Test
    void aFunctionThatIsNotSerializableIsReportedWithWhatItCaptured() {
        Object notSerializable = new Object() {
            @Override
            public String toString() {
                return "plain object";
            }
        };
        assertThatThrownBy(() -> onSpark.range(0, 4)
                        .map(i -> i + notSerializable.toString())
                        .collect())
                .isInstanceOf(JobFailedException.class)
                .hasMessageContaining("Task not serializable")
                // Spark's serialization stack names the object that is not, and the lambda that captured it.
                .hasMessageContaining("object not serializable (class: io.rivulet.spark.SparkLocalModeTest$")
                .hasMessageContaining("lambda");
    }

    @Test
    void takeFirstCountAndSaveAsTextFile() throws IOException {
        var numbers = onSpark.range(0, 100, 1, 4);
        assertThat(numbers.take(3)).containsExactly(0L, 1L, 2L);
        assertThat(numbers.first()).isZero();
        assertThat(numbers.count()).isEqualTo(100);
        assertThat(numbers.filter(i -> i % 10 == 0).collect())
                .containsExactly(0L, 10L, 20L, 30L, 40L, 50L, 60L, 70L, 80L, 90L);
        Path out = dir.resolve("out");
        numbers.map(i -> "n" + i).saveAsTextFile(out.toString());
        assertThat(embedded.textFile(out.toString()).count()).isEqualTo(100);
        assertThat(onSpark.union(numbers, numbers).count()).isEqualTo(200);
    }

    @Test
    void coalesceAndRepartitionKeepEveryElement() {
        for (Rivulet rv : List.of(onSpark, embedded)) {
            var numbers = rv.range(0, 100, 1, 7);
            assertThat(numbers.coalesce(3).getNumPartitions()).isEqualTo(3);
            assertThat(numbers.coalesce(3).glom().collect().get(0)).isNotEmpty();
            assertThat(numbers.repartition(5).getNumPartitions()).isEqualTo(5);
        }
        // Coalesce groups neighbours: the same partitions, in the same order, on both engines.
        assertThat(onSpark.range(0, 100, 1, 7).coalesce(3).glom().collect())
                .isEqualTo(embedded.range(0, 100, 1, 7).coalesce(3).glom().collect());
        assertThat(onSpark.range(0, 100, 1, 7).repartition(5).collect())
                .containsExactlyInAnyOrderElementsOf(embedded.range(0, 100).collect());
    }

    @Test
    void sparksEventsReachRivuletsListeners() {
        List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<io.rivulet.StageInfo> completed = new java.util.concurrent.CopyOnWriteArrayList<>();
        io.rivulet.JobListener listener = new io.rivulet.JobListener() {
            @Override
            public void onJobStart(io.rivulet.JobInfo job) {
                events.add("job start " + job.stageIds().size() + " stages "
                        + job.name().startsWith("count"));
            }

            @Override
            public void onJobEnd(io.rivulet.JobInfo job) {
                events.add("job end " + job.status());
            }

            @Override
            public void onStageSubmitted(io.rivulet.StageInfo stage) {
                events.add("stage submitted " + stage.isShuffleMap());
            }

            @Override
            public void onStageCompleted(io.rivulet.StageInfo stage) {
                completed.add(stage);
                events.add("stage completed " + stage.isShuffleMap());
            }

            @Override
            public void onTaskEnd(io.rivulet.TaskInfo task) {
                events.add("task end " + task.successful());
            }
        };
        onSpark.addListener(listener);
        try {
            assertThat(onSpark.range(0, 1_000, 1, 3)
                            .mapToPair(i -> Pair.of(i % 10, i))
                            .reduceByKey(Long::sum, 2)
                            .count())
                    .isEqualTo(10);
        } finally {
            onSpark.removeListener(listener);
        }
        assertThat(events)
                .containsExactly(
                        "job start 2 stages true",
                        "stage submitted true",
                        "task end true",
                        "task end true",
                        "task end true",
                        "stage completed true",
                        "stage submitted false",
                        "task end true",
                        "task end true",
                        "stage completed false",
                        "job end SUCCEEDED");
        assertThat(completed.get(0).metrics().shuffleWriteBytes()).isPositive();
        assertThat(completed.get(1).metrics().shuffleReadBytes()).isPositive();
    }
}
