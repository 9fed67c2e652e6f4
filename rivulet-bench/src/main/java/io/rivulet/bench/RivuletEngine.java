package io.rivulet.bench;

import io.rivulet.HashPartitioner;
import io.rivulet.Pair;
import io.rivulet.PairRDD;
import io.rivulet.RDD;
import io.rivulet.Rivulet;
import io.rivulet.StorageLevel;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** The workloads on Rivulet: {@code local[2]}, its default memory budget (a share of the heap). */
public final class RivuletEngine implements Engine {
    private final Sizes sizes;
    private final Rivulet rv;

    public RivuletEngine(Sizes sizes) {
        this.sizes = sizes;
        this.rv = Rivulet.builder()
                .master("local[" + Sizes.SLOTS + "]")
                .appName("rivulet-bench")
                .build();
    }

    @Override
    public Checksum run(Workload workload) {
        return switch (workload) {
            case STARTUP -> startup();
            case WORDCOUNT -> wordCount();
            case REDUCE_BY_KEY -> reduceByKey();
            case SORT_BY_KEY -> sortByKey();
            case GROUP_BY_KEY -> groupByKey();
            case JOIN -> join();
            case PAGERANK -> pageRank();
            case TAKE -> take();
            default -> throw new IllegalArgumentException(workload.id() + " is not a workload of the RDD suite");
        };
    }

    private Checksum startup() {
        List<Integer> numbers = IntStream.rangeClosed(1, 1000).boxed().toList();
        return summarize(rv.parallelize(numbers, Sizes.SLOTS).map(x -> 2L * x), (x, s) -> s.add(Gen.mix64(x)));
    }

    private Checksum wordCount() {
        rv.textFile(sizes.wordsFile().toString())
                .flatMap(line -> Arrays.asList(line.split(" ")))
                .mapToPair(word -> Pair.of(word, 1L))
                .reduceByKey(Long::sum)
                .saveAsTextFile(sizes.outputDir("rivulet").toString());
        return null;
    }

    private Checksum reduceByKey() {
        long n = sizes.reducePairs();
        int keys = sizes.reduceKeys();
        PairRDD<Integer, Long> pairs = generate(n, i -> Pair.of(Gen.reduceKey(i, keys), Gen.reduceValue(i)));
        return summarize(pairs.reduceByKey(Long::sum), (p, s) -> s.add(Checksum.hash(p.key(), p.value())));
    }

    private Checksum sortByKey() {
        PairRDD<Long, Void> pairs = generate(sizes.sortKeys(), i -> Pair.of(Gen.sortKey(i), null));
        List<long[]> summaries = pairs.sortByKey(true, Sizes.PARTITIONS)
                .mapPartitions(it -> {
                    Checksum.SortedSummary summary = new Checksum.SortedSummary();
                    it.forEachRemaining(p -> summary.add(p.key()));
                    return List.of(summary.toArray()).iterator();
                })
                .collect();
        return Checksum.combineSorted(summaries);
    }

    private Checksum groupByKey() {
        long n = sizes.groupPairs();
        int keys = sizes.groupKeys();
        PairRDD<Integer, Long> pairs = generate(n, i -> Pair.of(Gen.groupKey(i, keys), Gen.groupValue(i)));
        return summarize(pairs.groupByKey(), (group, s) -> {
            long count = 0;
            long sum = 0;
            for (long value : group.value()) {
                count++;
                sum += value;
            }
            s.add(Checksum.hash(group.key(), count, sum));
        });
    }

    private Checksum join() {
        int right = sizes.joinRight();
        PairRDD<Integer, Long> left =
                generate(sizes.joinLeft(), i -> Pair.of(Gen.joinLeftKey(i, right), Gen.joinLeftValue(i)));
        PairRDD<Integer, Long> rightPairs = generate(right, k -> Pair.of((int) k, Gen.joinRightValue(k)));
        return summarize(
                left.join(rightPairs),
                (p, s) ->
                        s.add(Checksum.hash(p.key(), p.value().key(), p.value().value())));
    }

    private Checksum pageRank() {
        int nodes = sizes.pagerankNodes();
        HashPartitioner partitioner = new HashPartitioner(Sizes.PARTITIONS);
        PairRDD<Integer, Iterable<Integer>> links = this.<Integer, Integer>generate(
                        sizes.pagerankEdges(), e -> Pair.of(Gen.edgeSource(e, nodes), Gen.edgeTarget(e, nodes)))
                .groupByKey(partitioner)
                .persist(StorageLevel.MEMORY_ONLY);
        PairRDD<Integer, Double> ranks = links.mapValues(urls -> 1.0);
        for (int iteration = 0; iteration < Sizes.PAGERANK_ITERATIONS; iteration++) {
            PairRDD<Integer, Double> contributions = links.join(ranks).values().flatMapToPair(urlsAndRank -> {
                int outDegree = 0;
                for (Integer ignored : urlsAndRank.key()) {
                    outDegree++;
                }
                double share = urlsAndRank.value() / outDegree;
                List<Pair<Integer, Double>> out = new ArrayList<>(outDegree);
                for (Integer url : urlsAndRank.key()) {
                    out.add(Pair.of(url, share));
                }
                return out;
            });
            ranks = contributions.reduceByKey(partitioner, Double::sum).mapValues(sum -> 0.15 + 0.85 * sum);
        }
        Checksum checksum = summarize(ranks, (p, s) -> s.add(Gen.mix64(p.key()), p.value() * (p.key() % 7 + 1)));
        links.unpersist();
        return checksum;
    }

    private Checksum take() {
        Checksum.Summary summary = new Checksum.Summary();
        for (String line : rv.textFile(sizes.wordsFile().toString()).take(10)) {
            summary.add(Gen.mix64(line.hashCode()), line.length());
        }
        return summary.checksum();
    }

    /** {@code n} generated pairs in {@link Sizes#PARTITIONS} partitions, each generating its range. */
    private <K, V> PairRDD<K, V> generate(long n, Gen.Element<Pair<K, V>> element) {
        int parts = Sizes.PARTITIONS;
        List<Integer> indices = IntStream.range(0, parts).boxed().toList();
        return rv.parallelize(indices, parts)
                .flatMapToPair(p -> () -> Gen.iterator(Gen.start(p, parts, n), Gen.start(p + 1, parts, n), element));
    }

    /** What a task adds to its summary for one record. */
    @FunctionalInterface
    private interface Summarizer<T> extends Serializable {
        void add(T record, Checksum.Summary summary);
    }

    private static <T> Checksum summarize(RDD<T> rdd, Summarizer<? super T> summarizer) {
        return Checksum.combine(rdd.mapPartitions(it -> {
                    Checksum.Summary summary = new Checksum.Summary();
                    it.forEachRemaining(record -> summarizer.add(record, summary));
                    return List.of(summary.toArray()).iterator();
                })
                .collect());
    }

    @Override
    public void close() {
        rv.close();
    }
}
