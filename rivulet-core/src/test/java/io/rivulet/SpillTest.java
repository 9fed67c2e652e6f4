package io.rivulet;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.testing.LiveFiles;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every wide operation under a memory budget far smaller than its data: the answers stay exact, spills are
 * reported (metrics and events), and no execution memory or spill file outlives the job.
 */
class SpillTest {
    @TempDir
    Path localDir;

    private Rivulet rv;
    private final List<SpillInfo> spills = new CopyOnWriteArrayList<>();
    private final List<StageInfo> stages = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        rv = Rivulet.builder()
                .master("local[2]")
                .executorMemory("96k")
                .config("rivulet.memory.minSpillBytes", "4k")
                .config("rivulet.local.dir", localDir.toString())
                .build();
        rv.addListener(new JobListener() {
            @Override
            public void onSpill(SpillInfo spill) {
                spills.add(spill);
            }

            @Override
            public void onStageCompleted(StageInfo stage) {
                stages.add(stage);
            }
        });
    }

    @AfterEach
    void stop() throws IOException {
        assertThat(rv.engine().memoryManager().executionUsed())
                .as("execution memory after the jobs")
                .isZero();
        // Spilled groups may be read after their task (collected, cached): their files go when the lists
        // become unreachable, or at close. Every other spill file goes when its task ends.
        assertThat(fileNames())
                .as("spill files left behind")
                .filteredOn(name -> name.startsWith("spill-") && !name.startsWith("spill-group-"))
                .isEmpty();
        rv.close();
        assertThat(fileNames()).as("files after close").isEmpty();
    }

    private List<String> fileNames() throws IOException {
        return LiveFiles.regularFilesUnder(localDir).stream()
                .map(p -> p.getFileName().toString())
                .toList();
    }

    /** A key whose hash code collides with many others, so spilled runs must keep equal-hash keys apart. */
    record Colliding(int id) implements Serializable {
        @Override
        public int hashCode() {
            return id % 3;
        }
    }

    @Test
    void reduceByKeyOverManyDistinctKeysSpillsAndStaysExact() {
        List<Long> data = LongStream.range(0, 60_000).boxed().toList();
        Map<Long, Long> counts = rv.parallelize(data, 4)
                .mapToPair(x -> Pair.of(x % 20_000, x))
                .reduceByKey(Long::sum)
                .collectAsMap();
        Map<Long, Long> expected =
                data.stream().collect(Collectors.groupingBy(x -> x % 20_000, Collectors.summingLong(x -> x)));
        assertThat(counts).isEqualTo(expected);
        assertSpilled("shuffle map output");
        assertSpilled("shuffle aggregation map");
        assertThat(stages.stream().mapToLong(s -> s.metrics().spilledBytes()).sum())
                .isPositive();
        SpillInfo spill = spills.get(0);
        assertThat(spill.bytes()).isPositive();
        assertThat(spill.records()).isPositive();
        assertThat(spill.cause()).contains("execution memory");
    }

    @Test
    void combiningKeepsKeysWithEqualHashCodesApart() {
        List<Integer> data = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            data.add(i % 3_000);
        }
        Map<Colliding, Long> counts = rv.parallelize(data, 3)
                .mapToPair(i -> Pair.of(new Colliding(i), 1L))
                .reduceByKey(Long::sum)
                .collectAsMap();
        assertThat(counts)
                .hasSize(3_000)
                .allSatisfy((key, count) -> assertThat(count).isEqualTo(10L));
        assertThat(spills).isNotEmpty();
        Map<Colliding, List<Integer>> grouped = new HashMap<>();
        rv.parallelize(data, 3).keyBy(Colliding::new).groupByKey().collect().forEach(group -> {
            List<Integer> values = new ArrayList<>();
            group.value().forEach(values::add);
            grouped.put(group.key(), values);
        });
        assertThat(grouped)
                .hasSize(3_000)
                .allSatisfy((key, values) -> assertThat(values).hasSize(10).containsOnly(key.id()));
    }

    @Test
    void sortByKeyOfRandomLongsSpillsAndIsGloballyOrdered() {
        Random random = new Random(7);
        List<Long> keys = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            keys.add(random.nextLong());
        }
        List<Long> sorted = rv.parallelize(keys, 4)
                .mapToPair(k -> Pair.of(k, (Object) null))
                .sortByKey(true, 3)
                .keys()
                .collect();
        assertThat(sorted).isEqualTo(keys.stream().sorted().toList());
        assertSpilled("sort buffer");
        List<Long> descending = rv.parallelize(keys, 4).sortBy(k -> k, false, 2).collect();
        assertThat(descending)
                .isEqualTo(keys.stream().sorted(Comparator.reverseOrder()).toList());
    }

    @Test
    void groupByKeyWithOneHotKeyStreamsItsValuesFromDisk() {
        List<Pair<String, Long>> data = new ArrayList<>();
        for (long i = 0; i < 40_000; i++) {
            data.add(Pair.of(i % 10 == 0 ? "cold-" + i : "hot", i));
        }
        List<Pair<String, Iterable<Long>>> groups =
                rv.parallelizePairs(data, 4).groupByKey(2).collect();
        Map<String, long[]> summary = new HashMap<>();
        for (Pair<String, Iterable<Long>> group : groups) {
            long count = 0;
            long sum = 0;
            for (long value : group.value()) {
                count++;
                sum += value;
            }
            // A second pass reads the spilled values again.
            long again = 0;
            for (Long ignored : group.value()) {
                again++;
            }
            assertThat(again).isEqualTo(count);
            summary.put(group.key(), new long[] {count, sum});
        }
        long hotSum = data.stream()
                .filter(p -> p.key().equals("hot"))
                .mapToLong(Pair::value)
                .sum();
        assertThat(summary.get("hot")).containsExactly(36_000L, hotSum);
        assertThat(summary).hasSize(4_001);
        assertSpilled("grouped values of one key");
    }

    /**
     * Collected groups keep their files while the program holds them; once they are unreachable, the next
     * spilled grouping deletes them (no thread does: SpillableList). Collection is best effort, so this asks
     * for it again before each grouping, a bounded number of times.
     */
    @Test
    void theFilesOfSpilledGroupsGoOnceTheGroupsAreUnreachable() throws IOException {
        List<String> held = filesOfDroppedSpilledGroups();
        assertThat(held).as("spill files of the collected groups").isNotEmpty();

        for (int attempt = 0; attempt < 50 && !Collections.disjoint(spilledGroupFiles(), held); attempt++) {
            System.gc();
            assertThat(filesOfDroppedSpilledGroups()).isNotEmpty();
        }

        assertThat(spilledGroupFiles()).as("files of unreachable groups").doesNotContainAnyElementsOf(held);
    }

    /** The files a spilled grouping leaves for the groups it collected; the groups are unreachable afterwards. */
    private List<String> filesOfDroppedSpilledGroups() throws IOException {
        List<String> before = spilledGroupFiles();
        List<Pair<String, Iterable<Long>>> groups = rv.parallelizePairs(
                        LongStream.range(0, 20_000)
                                .mapToObj(i -> Pair.of("hot", i))
                                .toList(),
                        2)
                .groupByKey(1)
                .collect();
        assertThat(groups).hasSize(1);
        List<String> files = spilledGroupFiles();
        files.removeAll(before);
        return files;
    }

    /** The names of the spilled groups' files; other files may be deleted (by the context cleaner) meanwhile. */
    private List<String> spilledGroupFiles() {
        return LiveFiles.regularFilesUnder(localDir).stream()
                .map(p -> p.getFileName().toString())
                .filter(name -> name.startsWith("spill-group-"))
                .collect(Collectors.toCollection(ArrayList::new)); // callers remove what they saw
    }

    /**
     * The conditions are stated exactly, so that the fallback happens however loaded the machine is (it once
     * did not, on a busy machine: two reduce tasks at once halve each one's share, and the context cleaner
     * freeing the first round's shuffle at some collection changes what storage holds): one slot, so that a
     * reduce task has the whole pool to itself, and no storage region, so that no map output stays in memory
     * and execution may use the whole budget whatever ran before: a budget of half the held side's size then
     * always falls back. Each round's reduce stage spills its cogroup buffer.
     */
    @Test
    void aJoinWhoseSmallerSideOutgrowsMemoryFallsBackToGroupingBothSidesFromDisk() {
        List<Pair<Integer, Integer>> larger = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            larger.add(Pair.of(i % 3 == 0 ? 7 : i, i));
        }
        List<Pair<Integer, Integer>> smaller = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            smaller.add(Pair.of(i % 4 == 0 ? i : 7, -i));
        }
        Map<Integer, Long> smallerCounts =
                smaller.stream().collect(Collectors.groupingBy(Pair::key, Collectors.counting()));
        long expected = 0;
        long expectedSum = 0;
        for (Pair<Integer, Integer> pair : larger) {
            expected += smallerCounts.getOrDefault(pair.key(), 0L);
        }
        for (Pair<Integer, Integer> l : larger) {
            for (Pair<Integer, Integer> r : smaller) {
                if (l.key().equals(r.key())) {
                    expectedSum += l.value() - r.value();
                }
            }
        }

        try (Rivulet oneSlot = Rivulet.builder()
                .master("local[1]")
                .executorMemory("48k") // the held side of key 7's partition is about 90k
                .config("rivulet.memory.minSpillBytes", "4k")
                .config("rivulet.memory.storageFraction", "0")
                .config("rivulet.local.dir", localDir.toString())
                .build()) {
            List<SpillInfo> joinSpills = new CopyOnWriteArrayList<>();
            oneSlot.addListener(new JobListener() {
                @Override
                public void onSpill(SpillInfo spill) {
                    joinSpills.add(spill);
                }
            });
            // Either order: the task holds the smaller side, wherever it is, and the pairs keep their sides.
            for (boolean largerOnTheLeft : new boolean[] {true, false}) {
                joinSpills.clear();
                PairRDD<Integer, Integer> first = oneSlot.parallelizePairs(largerOnTheLeft ? larger : smaller, 3);
                PairRDD<Integer, Integer> second = oneSlot.parallelizePairs(largerOnTheLeft ? smaller : larger, 2);
                List<Long> countAndSum = first.join(second, 2)
                        .map(pair -> largerOnTheLeft
                                ? (long) pair.value().key() - pair.value().value()
                                : (long) pair.value().value() - pair.value().key())
                        .aggregate(
                                List.of(0L, 0L),
                                (acc, x) -> List.of(acc.get(0) + 1, acc.get(1) + x),
                                (a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1)));
                assertThat(countAndSum)
                        .as("larger on the left: " + largerOnTheLeft)
                        .containsExactly(expected, expectedSum);
                assertThat(joinSpills)
                        .as("spills of the join's reduce stage, larger on the left: " + largerOnTheLeft)
                        .anySatisfy(spill -> assertThat(spill.what()).isEqualTo("cogroup buffer"));
            }
            assertThat(oneSlot.engine().memoryManager().executionUsed()).isZero();
        }
    }

    @Test
    void skewedJoinAndCogroupStayExact() {
        List<Pair<Integer, Integer>> left = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            left.add(Pair.of(i % 2 == 0 ? 0 : i, i));
        }
        List<Pair<Integer, String>> right = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            right.add(Pair.of(i, "r" + i));
        }
        right.add(Pair.of(0, "zero-again"));
        long joined = rv.parallelizePairs(left, 3)
                .join(rv.parallelizePairs(right, 2), 3)
                .count();
        long expected = 0;
        Map<Integer, Long> rightCounts =
                right.stream().collect(Collectors.groupingBy(Pair::key, Collectors.counting()));
        for (Pair<Integer, Integer> pair : left) {
            expected += rightCounts.getOrDefault(pair.key(), 0L);
        }
        assertThat(joined).isEqualTo(expected);
        assertThat(spills).isNotEmpty();
        Map<Integer, Long> leftOuter = rv.parallelizePairs(left, 3)
                .leftOuterJoin(rv.parallelizePairs(right, 2))
                .filter(p -> p.value().value().isEmpty())
                .countByKey();
        assertThat(leftOuter.keySet()).allSatisfy(key -> assertThat(key).isGreaterThanOrEqualTo(3_000));
    }

    @Test
    void distinctAndCountByValueAndAggregationsSpillAndStayExact() {
        List<Integer> data = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < 40_000; i++) {
            data.add(random.nextInt(15_000));
        }
        RDD<Integer> rdd = rv.parallelize(data, 4);
        assertThat(rdd.distinct(3).count()).isEqualTo(data.stream().distinct().count());
        assertThat(rdd.countByValue())
                .isEqualTo(data.stream().collect(Collectors.groupingBy(x -> x, Collectors.counting())));
        PairRDD<Integer, Integer> pairs = rdd.mapToPair(x -> Pair.of(x % 7_000, x));
        Map<Integer, Long> sums =
                data.stream().collect(Collectors.groupingBy(x -> x % 7_000, Collectors.summingLong(x -> (long) x)));
        assertThat(pairs.aggregateByKey(0L, (acc, x) -> acc + x, Long::sum).collectAsMap())
                .isEqualTo(sums);
        assertThat(pairs.mapValues(x -> (long) x).foldByKey(0L, Long::sum).collectAsMap())
                .isEqualTo(sums);
        assertThat(pairs.combineByKey(x -> (long) x, (acc, x) -> acc + x, Long::sum)
                        .collectAsMap())
                .isEqualTo(sums);
        assertThat(spills).isNotEmpty();
    }

    @Test
    void shuffleOutputsGoToDiskWhenStorageMemoryIsShort() {
        long count = rv.range(0, 50_000, 1, 4)
                .mapToPair(x -> Pair.of(x, x))
                .partitionBy(new HashPartitioner(2))
                .count();
        assertThat(count).isEqualTo(50_000);
        assertThat(rv.engine().shuffleManager().mapOutputsInMemory()).isZero();
        try (Rivulet roomy =
                Rivulet.builder().master("local[2]").executorMemory("256m").build()) {
            assertThat(roomy.range(0, 1_000, 1, 4)
                            .mapToPair(x -> Pair.of(x, x))
                            .groupByKey()
                            .count())
                    .isEqualTo(1_000);
            assertThat(roomy.engine().shuffleManager().mapOutputsInMemory()).isEqualTo(4);
            assertThat(roomy.engine().memoryManager().storageUsed()).isPositive();
        }
    }

    private void assertSpilled(String what) {
        assertThat(spills)
                .as("spills of " + what)
                .anySatisfy(spill -> assertThat(spill.what()).isEqualTo(what));
        assertThat(spills)
                .allSatisfy(spill ->
                        assertThat(Objects.requireNonNull(spill.cause())).isNotEmpty());
    }
}
