package io.rivulet.rdd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.HashPartitioner;
import io.rivulet.LongAccumulator;
import io.rivulet.Pair;
import io.rivulet.PairRDD;
import io.rivulet.RDD;
import io.rivulet.Rivulet;
import io.rivulet.StorageLevel;
import io.rivulet.internal.RivuletInternals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code checkpoint()} and {@code localCheckpoint()} save an RDD after the next action and truncate its lineage. */
class CheckpointTest {
    @TempDir
    Path checkpointDir;

    private Rivulet rv;

    @BeforeEach
    void start() {
        rv = Rivulet.builder().master("local[2]").build();
    }

    @AfterEach
    void stop() {
        rv.close();
    }

    @Test
    void checkpointWithoutADirectoryIsAClearError() {
        RDD<Long> numbers = rv.range(0, 10);

        assertThatThrownBy(numbers::checkpoint)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no checkpoint directory")
                .hasMessageContaining("setCheckpointDir")
                .hasMessageContaining("rivulet.checkpoint.dir");
    }

    @Test
    void theNextActionWritesTheCheckpointAndTruncatesTheLineage() throws Exception {
        rv.setCheckpointDir(checkpointDir.toString());
        LongAccumulator computed = rv.longAccumulator("computed");
        PairRDD<Long, Long> sums =
                rv.range(0, 100, 1, 4).mapToPair(x -> Pair.of(x % 5, x)).reduceByKey(Long::sum, 3);
        RDD<Long> values = sums.values().map(v -> {
            computed.add(1);
            return v * 2;
        });

        values.checkpoint();
        assertThat(values.isCheckpointed()).isFalse();
        assertThat(values.toDebugString()).contains("ShuffledRDD");

        List<Long> first = values.collect();

        assertThat(values.isCheckpointed()).isTrue();
        assertThat(withoutLineNumbers(values.toDebugString())).isEqualTo("""
                        (3) MapPartitionsRDD[4] at map at CheckpointTest.java:N []
                         |  ReliableCheckpointRDD[5] at checkpoint at CheckpointTest.java:N []""");
        assertThat(partFiles()).hasSize(3);
        long computedBefore = computed.value();
        assertThat(values.collect()).isEqualTo(first);
        assertThat(values.map(v -> v / 2).reduce(Long::sum))
                .isEqualTo(LongStream.range(0, 100).sum());
        assertThat(computed.value()).isEqualTo(computedBefore); // read back from the files, not computed
        assertThat(first)
                .containsExactlyInAnyOrderElementsOf(LongStream.range(0, 5)
                        .map(k -> 2
                                * LongStream.range(0, 100)
                                        .filter(x -> x % 5 == k)
                                        .sum())
                        .boxed()
                        .toList());
    }

    @Test
    void aCheckpointedRddKeepsItsPartitionerAndNulls() {
        rv.setCheckpointDir(checkpointDir.toString());
        PairRDD<String, String> pairs = rv.parallelizePairs(
                        java.util.Arrays.asList(Pair.of("a", null), Pair.of(null, "b"), Pair.of("c", "d")), 2)
                .partitionBy(new HashPartitioner(2));
        pairs.checkpoint();
        pairs.count();

        assertThat(pairs.isCheckpointed()).isTrue();
        assertThat(pairs.partitioner()).contains(new HashPartitioner(2));
        assertThat(pairs.collect())
                .containsExactlyInAnyOrder(Pair.of("a", null), Pair.of(null, "b"), Pair.of("c", "d"));
    }

    @Test
    void aPersistedCheckpointedRddIsWrittenFromItsBlocks() {
        rv.setCheckpointDir(checkpointDir.toString());
        LongAccumulator computed = rv.longAccumulator("computed");
        RDD<Long> numbers = rv.range(0, 1000, 1, 4).map(x -> {
            computed.add(1);
            return x;
        });
        numbers.cache().checkpoint();

        assertThat(numbers.count()).isEqualTo(1000);

        assertThat(numbers.isCheckpointed()).isTrue();
        assertThat(computed.value()).isEqualTo(1000);
        assertThat(numbers.reduce(Long::sum)).isEqualTo(499_500);
    }

    @Test
    void localCheckpointPersistsOnDiskLevelsAndTruncates() {
        LongAccumulator computed = rv.longAccumulator("computed");
        RDD<Long> numbers = rv.range(0, 1000, 1, 4).map(x -> {
            computed.add(1);
            return x + 1;
        });

        numbers.localCheckpoint();
        assertThat(numbers.getStorageLevel()).isEqualTo(StorageLevel.MEMORY_AND_DISK);
        assertThat(numbers.take(2)).containsExactly(1L, 2L); // computes partition 0; the checkpoint the rest

        assertThat(numbers.isCheckpointed()).isTrue();
        assertThat(computed.value()).isEqualTo(1000);
        assertThat(withoutLineNumbers(numbers.toDebugString()))
                .startsWith("""
                        (4) MapPartitionsRDD[1] at map at CheckpointTest.java:N [MEMORY_AND_DISK]
                         |       CachedPartitions: 4;""")
                .contains("LocalCheckpointRDD[2] at localCheckpoint");
        assertThat(numbers.reduce(Long::sum)).isEqualTo(500_500);
        assertThat(computed.value()).isEqualTo(1000);
    }

    @Test
    void localCheckpointOfAMemoryOnlyRddMovesItToTheDiskVariant() {
        RDD<Long> numbers =
                rv.range(0, 10).persist(StorageLevel.MEMORY_ONLY_SER).localCheckpoint();

        assertThat(numbers.getStorageLevel()).isEqualTo(StorageLevel.MEMORY_AND_DISK_SER);
        assertThat(numbers.count()).isEqualTo(10);
        assertThat(numbers.isCheckpointed()).isTrue();
    }

    @Test
    void aLostLocalCheckpointBlockIsAClearError() {
        RDD<Long> numbers = rv.range(0, 10, 1, 2).map(x -> x).localCheckpoint();
        numbers.count();

        numbers.unpersist();

        assertThatThrownBy(numbers::count)
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageMatching("the block rdd_1_[01] of a locally checkpointed RDD is missing \\(was the RDD"
                        + " unpersisted\\?\\); its lineage was truncated, so it cannot be computed again\\..*");
    }

    @Test
    void checkpointsKeepAnIterativeJobsLineageAndWorkPerStepBounded() {
        rv.setCheckpointDir(checkpointDir.toString());
        RDD<Long> rdd = rv.range(0, 100, 1, 2);
        int longest = 0;
        for (int step = 1; step <= 2_000; step++) {
            rdd = rdd.map(x -> x + 1);
            if (step % 100 == 0) {
                rdd.checkpoint();
                assertThat(rdd.count()).isEqualTo(100);
                assertThat(rdd.isCheckpointed()).isTrue();
            }
            longest = Math.max(longest, (int) rdd.toDebugString().lines().count());
        }

        assertThat(longest).isLessThanOrEqualTo(101); // never more than 100 maps and a checkpoint
        assertThat(rdd.reduce(Long::sum))
                .isEqualTo(LongStream.range(0, 100).map(x -> x + 2_000).sum());
    }

    @Test
    void closeDeletesTheCheckpointFiles() throws Exception {
        rv.setCheckpointDir(checkpointDir.toString());
        RDD<Long> numbers = rv.range(0, 10);
        numbers.checkpoint();
        numbers.count();
        assertThat(partFiles()).isNotEmpty();

        rv.close();

        try (Stream<Path> left = Files.list(checkpointDir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theCheckpointDirectoryCanBeConfigured() {
        try (Rivulet configured = Rivulet.builder()
                .master("local[1]")
                .config("rivulet.checkpoint.dir", checkpointDir.toString())
                .build()) {
            RDD<Integer> one = configured.parallelize(List.of(1));
            one.checkpoint();
            assertThat(one.collect()).containsExactly(1);
            assertThat(one.isCheckpointed()).isTrue();
            assertThat(RivuletInternals.engine(configured).checkpointer()).isNotNull();
        }
    }

    private List<Path> partFiles() throws Exception {
        try (Stream<Path> files = Files.walk(checkpointDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("part-"))
                    .toList();
        }
    }

    private static String withoutLineNumbers(String debugString) {
        return debugString.replaceAll("\\.java:\\d+", ".java:N");
    }
}
