package io.rivulet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Pre-partitioning: an iterative PageRank whose links are partitioned once and persisted joins them with
 * the ranks, which come out of reduceByKey with the same partitioner, without shuffling either side.
 */
class CoPartitioningTest {
    private static final int PARTITIONS = 4;
    private static final int ITERATIONS = 5;

    @Test
    void pageRankShufflesOnlyTheContributionsAfterTheFirstIteration() {
        List<Pair<Integer, Integer>> edges = new ArrayList<>();
        for (int node = 0; node < 40; node++) {
            edges.add(Pair.of(node, (node + 1) % 40));
            edges.add(Pair.of(node, (node * 7 + 3) % 40));
        }
        List<StageInfo> completed = new CopyOnWriteArrayList<>();
        try (Rivulet rv = Rivulet.builder().master("local[2]").build()) {
            rv.addListener(new JobListener() {
                @Override
                public void onStageCompleted(StageInfo stage) {
                    completed.add(stage);
                }
            });
            HashPartitioner partitioner = new HashPartitioner(PARTITIONS);
            PairRDD<Integer, Iterable<Integer>> links =
                    rv.parallelizePairs(edges, 3).groupByKey(partitioner).persist(StorageLevel.MEMORY_ONLY);
            PairRDD<Integer, Double> ranks = links.mapValues(targets -> 1.0);
            for (int i = 0; i < ITERATIONS; i++) {
                PairRDD<Integer, Double> contributions = links.join(ranks)
                        .values()
                        .flatMapToPair(pair -> {
                            List<Pair<Integer, Double>> out = new ArrayList<>();
                            int degree = 0;
                            for (Integer ignored : pair.key()) {
                                degree++;
                            }
                            for (Integer target : pair.key()) {
                                out.add(Pair.of(target, pair.value() / degree));
                            }
                            return out;
                        });
                ranks = contributions.reduceByKey(partitioner, Double::sum).mapValues(sum -> 0.15 + 0.85 * sum);
                assertThat(ranks.partitioner()).contains(partitioner);
                completed.clear();
                Map<Integer, Double> result = ranks.collectAsMap();
                assertThat(result).hasSize(40);
                // One shuffle per iteration: the contributions. The links (persisted, partitioned) and the
                // ranks (partitioned like them) are joined in place; earlier shuffles are skipped.
                List<StageInfo> ran = new ArrayList<>(completed);
                assertThat(ran).as("stages of iteration %s", i).hasSize(i == 0 ? 3 : 2);
                assertThat(ran.stream().filter(StageInfo::isShuffleMap).count()).isEqualTo(i == 0 ? 2 : 1);
            }
            assertThat(expectedRanks(edges)).isEqualTo(roundAll(ranks.collectAsMap()));
        }
    }

    private static Map<Integer, Double> expectedRanks(List<Pair<Integer, Integer>> edges) {
        Map<Integer, List<Integer>> links = new HashMap<>();
        edges.forEach(
                e -> links.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e.value()));
        Map<Integer, Double> ranks = new HashMap<>();
        links.keySet().forEach(node -> ranks.put(node, 1.0));
        for (int i = 0; i < ITERATIONS; i++) {
            Map<Integer, Double> sums = new HashMap<>();
            for (Map.Entry<Integer, List<Integer>> entry : links.entrySet()) {
                double share = ranks.get(entry.getKey()) / entry.getValue().size();
                entry.getValue().forEach(target -> sums.merge(target, share, Double::sum));
            }
            ranks.clear();
            sums.forEach((node, sum) -> ranks.put(node, 0.15 + 0.85 * sum));
        }
        return roundAll(ranks);
    }

    private static Map<Integer, Double> roundAll(Map<Integer, Double> ranks) {
        Map<Integer, Double> rounded = new HashMap<>();
        ranks.forEach((node, rank) -> rounded.put(node, Math.round(rank * 1e9) / 1e9));
        return rounded;
    }
}
