package io.rivulet.spark;

import io.rivulet.Broadcast;
import io.rivulet.HashPartitioner;
import io.rivulet.LongAccumulator;
import io.rivulet.Pair;
import io.rivulet.PairRDD;
import io.rivulet.Rivulet;
import io.rivulet.StorageLevel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The jobs run both embedded and on Spark, whose results must agree: each returns a plain value that does not
 * depend on partitioning (sorted, or a map with sorted keys) except where the job itself promises an order.
 */
final class Jobs {
    private Jobs() {}

    static Map<String, Long> wordCount(Rivulet rv, Path text) {
        return new TreeMap<>(rv.textFile(text.toString())
                .flatMap(line -> Arrays.asList(line.split(" ")))
                .filter(word -> !word.isEmpty())
                .mapToPair(word -> Pair.of(word, 1L))
                .reduceByKey(Long::sum)
                .collectAsMap());
    }

    /**
     * sortByKey promises the order of keys across partitions, not of the values of one key: the keys as collected,
     * then every pair, sorted, to compare the values.
     */
    static List<List<String>> sortByKey(Rivulet rv) {
        List<Pair<Long, String>> sorted = rv.range(0, 2_000, 1, 4)
                .mapToPair(i -> Pair.of((i * 7_919) % 1_000, "v" + i))
                .sortByKey(false, 3)
                .collect();
        List<String> keys = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        for (Pair<Long, String> pair : sorted) {
            keys.add(String.valueOf(pair.key()));
            pairs.add(pair.toString());
        }
        pairs.sort(null);
        return List.of(keys, pairs);
    }

    static List<String> join(Rivulet rv) {
        PairRDD<Integer, String> names = rv.parallelize(
                        List.of(Pair.of(1, "ada"), Pair.of(2, "alan"), Pair.of(3, "grace"), Pair.of(4, "edsger")))
                .mapToPair(p -> p);
        PairRDD<Integer, String> langs = rv.parallelize(
                        List.of(
                                Pair.of(1, "analytical"),
                                Pair.of(3, "cobol"),
                                Pair.of(3, "flow-matic"),
                                Pair.of(5, "x")),
                        3)
                .mapToPair(p -> p);
        List<String> joined = new ArrayList<>();
        for (Pair<Integer, Pair<String, String>> row : names.join(langs, 2).collect()) {
            joined.add(row.key() + ":" + row.value().key() + "/" + row.value().value());
        }
        joined.sort(null);
        return joined;
    }

    /** A broadcast read in a map and an accumulator added to in a transformation and in an action. */
    static List<Long> broadcastAndAccumulator(Rivulet rv) {
        Broadcast<Map<Long, Long>> weights = rv.broadcast(Map.of(0L, 10L, 1L, 100L, 2L, 1000L));
        LongAccumulator odd = rv.longAccumulator("odd");
        LongAccumulator seen = rv.longAccumulator("seen");
        long total = rv.range(0, 1_000, 1, 5)
                .map(i -> {
                    if (i % 2 == 1) {
                        odd.add(1);
                    }
                    return weights.value().get(i % 3) * i;
                })
                .reduce(Long::sum);
        rv.range(0, 300, 1, 3).foreach(i -> seen.add(i));
        return List.of(total, odd.value(), seen.value(), seen.count());
    }

    /** PageRank with the links persisted and partitioned once: every iteration's join reads them in place. */
    static Map<String, String> pageRank(Rivulet rv, int iterations) {
        List<Pair<String, String>> edges = new ArrayList<>();
        String[] pages = {"a", "b", "c", "d", "e", "f"};
        for (int i = 0; i < pages.length; i++) {
            edges.add(Pair.of(pages[i], pages[(i + 1) % pages.length]));
            edges.add(Pair.of(pages[i], pages[(i * 3 + 2) % pages.length]));
            if (i % 2 == 0) {
                edges.add(Pair.of(pages[i], "a"));
            }
        }
        PairRDD<String, Iterable<String>> links = rv.parallelize(edges, 3)
                .mapToPair(e -> e)
                .distinct()
                .groupByKey(new HashPartitioner(4))
                .persist(StorageLevel.MEMORY_AND_DISK);
        PairRDD<String, Double> ranks = links.mapValues(v -> 1.0);
        for (int i = 0; i < iterations; i++) {
            PairRDD<String, Double> contributions = links.join(ranks).values().flatMapToPair(pair -> {
                List<String> targets = new ArrayList<>();
                pair.key().forEach(targets::add);
                List<Pair<String, Double>> out = new ArrayList<>();
                for (String target : targets) {
                    out.add(Pair.of(target, pair.value() / targets.size()));
                }
                return out;
            });
            ranks = contributions.reduceByKey(Double::sum).mapValues(sum -> 0.15 + 0.85 * sum);
        }
        Map<String, String> result = new TreeMap<>();
        for (Pair<String, Double> rank : ranks.collect()) {
            result.put(rank.key(), String.format("%.6f", rank.value()));
        }
        links.unpersist();
        return result;
    }
}
