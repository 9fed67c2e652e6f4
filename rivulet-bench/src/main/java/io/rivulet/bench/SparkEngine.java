package io.rivulet.bench;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.HashPartitioner;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDDLike;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The workloads on Apache Spark's RDD API in local mode: {@code local[2]}, no web UI, Kryo (the
 * serializer Spark's tuning guide recommends for speed), the driver's memory being the JVM's heap.
 */
public final class SparkEngine implements Engine {
    private final Sizes sizes;
    private final JavaSparkContext sc;

    public SparkEngine(Sizes sizes) {
        this.sizes = sizes;
        SparkConf conf = new SparkConf()
                .setMaster("local[" + Sizes.SLOTS + "]")
                .setAppName("rivulet-bench")
                .set("spark.ui.enabled", "false")
                .set("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        this.sc = new JavaSparkContext(conf);
        sc.setLogLevel("WARN");
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
        return summarize(sc.parallelize(numbers, Sizes.SLOTS).map(x -> 2L * x), (x, s) -> s.add(Gen.mix64(x)));
    }

    private Checksum wordCount() {
        sc.textFile(sizes.wordsFile().toString())
                .flatMap(line -> Arrays.asList(line.split(" ")).iterator())
                .mapToPair(word -> new Tuple2<>(word, 1L))
                .reduceByKey(Long::sum)
                .saveAsTextFile(sizes.outputDir("spark").toString());
        return null;
    }

    private Checksum reduceByKey() {
        long n = sizes.reducePairs();
        int keys = sizes.reduceKeys();
        JavaPairRDD<Integer, Long> pairs = generate(n, i -> new Tuple2<>(Gen.reduceKey(i, keys), Gen.reduceValue(i)));
        return summarize(pairs.reduceByKey(Long::sum), (p, s) -> s.add(Checksum.hash(p._1(), p._2())));
    }

    private Checksum sortByKey() {
        JavaPairRDD<Long, Void> pairs = generate(sizes.sortKeys(), i -> new Tuple2<>(Gen.sortKey(i), null));
        List<long[]> summaries = pairs.sortByKey(true, Sizes.PARTITIONS)
                .mapPartitions(it -> {
                    Checksum.SortedSummary summary = new Checksum.SortedSummary();
                    it.forEachRemaining(p -> summary.add(p._1()));
                    return List.of(summary.toArray()).iterator();
                })
                .collect();
        return Checksum.combineSorted(summaries);
    }

    private Checksum groupByKey() {
        long n = sizes.groupPairs();
        int keys = sizes.groupKeys();
        JavaPairRDD<Integer, Long> pairs = generate(n, i -> new Tuple2<>(Gen.groupKey(i, keys), Gen.groupValue(i)));
        return summarize(pairs.groupByKey(), (group, s) -> {
            long count = 0;
            long sum = 0;
            for (long value : group._2()) {
                count++;
                sum += value;
            }
            s.add(Checksum.hash(group._1(), count, sum));
        });
    }

    private Checksum join() {
        int right = sizes.joinRight();
        JavaPairRDD<Integer, Long> left =
                generate(sizes.joinLeft(), i -> new Tuple2<>(Gen.joinLeftKey(i, right), Gen.joinLeftValue(i)));
        JavaPairRDD<Integer, Long> rightPairs = generate(right, k -> new Tuple2<>((int) k, Gen.joinRightValue(k)));
        return summarize(left.join(rightPairs), (p, s) -> s.add(Checksum.hash(p._1(), p._2()._1(), p._2()._2())));
    }

    private Checksum pageRank() {
        int nodes = sizes.pagerankNodes();
        HashPartitioner partitioner = new HashPartitioner(Sizes.PARTITIONS);
        JavaPairRDD<Integer, Iterable<Integer>> links = this.<Integer, Integer>generate(
                        sizes.pagerankEdges(), e -> new Tuple2<>(Gen.edgeSource(e, nodes), Gen.edgeTarget(e, nodes)))
                .groupByKey(partitioner)
                .persist(StorageLevel.MEMORY_ONLY());
        JavaPairRDD<Integer, Double> ranks = links.mapValues(urls -> 1.0);
        for (int iteration = 0; iteration < Sizes.PAGERANK_ITERATIONS; iteration++) {
            JavaPairRDD<Integer, Double> contributions = links.join(ranks)
                    .values()
                    .flatMapToPair(urlsAndRank -> {
                        int outDegree = 0;
                        for (Integer ignored : urlsAndRank._1()) {
                            outDegree++;
                        }
                        double share = urlsAndRank._2() / outDegree;
                        List<Tuple2<Integer, Double>> out = new ArrayList<>(outDegree);
                        for (Integer url : urlsAndRank._1()) {
                            out.add(new Tuple2<>(url, share));
                        }
                        return out.iterator();
                    });
            ranks = contributions.reduceByKey(partitioner, Double::sum).mapValues(sum -> 0.15 + 0.85 * sum);
        }
        Checksum checksum = summarize(ranks, (p, s) -> s.add(Gen.mix64(p._1()), p._2() * (p._1() % 7 + 1)));
        links.unpersist();
        return checksum;
    }

    private Checksum take() {
        Checksum.Summary summary = new Checksum.Summary();
        for (String line : sc.textFile(sizes.wordsFile().toString()).take(10)) {
            summary.add(Gen.mix64(line.hashCode()), line.length());
        }
        return summary.checksum();
    }

    /** {@code n} generated pairs in {@link Sizes#PARTITIONS} partitions, each generating its range. */
    private <K, V> JavaPairRDD<K, V> generate(long n, Gen.Element<Tuple2<K, V>> element) {
        int parts = Sizes.PARTITIONS;
        List<Integer> indices = IntStream.range(0, parts).boxed().toList();
        return sc.parallelize(indices, parts)
                .flatMapToPair(p -> Gen.iterator(Gen.start(p, parts, n), Gen.start(p + 1, parts, n), element));
    }

    /** What a task adds to its summary for one record. */
    @FunctionalInterface
    private interface Summarizer<T> extends Serializable {
        void add(T record, Checksum.Summary summary);
    }

    private static <T> Checksum summarize(JavaRDDLike<T, ?> rdd, Summarizer<? super T> summarizer) {
        return Checksum.combine(rdd.mapPartitions(it -> {
                    Checksum.Summary summary = new Checksum.Summary();
                    it.forEachRemaining(record -> summarizer.add(record, summary));
                    return List.of(summary.toArray()).iterator();
                })
                .collect());
    }

    @Override
    public void close() {
        sc.stop();
    }
}
