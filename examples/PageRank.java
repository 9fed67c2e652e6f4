import io.rivulet.HashPartitioner;
import io.rivulet.JobListener;
import io.rivulet.Pair;
import io.rivulet.PairRDD;
import io.rivulet.Rivulet;
import io.rivulet.StageInfo;
import io.rivulet.StorageLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Iterative PageRank over a link graph, one {@code from to} link a line ({@code #} starts a comment), as in
 * Spark's own example: each page starts with rank 1; in each iteration every page sends its rank, split
 * evenly, to the pages it links to, and a page's new rank is {@code 0.15 + 0.85 * (what it received)}.
 * Prints the pages by rank, highest first, then how many stages and shuffles the job took.
 *
 * <p>The links are read in every iteration, so they are partitioned once and persisted; the ranks come out of
 * {@code reduceByKey} with the same partitioner, so the two are co-partitioned and their join in each iteration
 * reads both in place, without a shuffle. The only shuffle per iteration is the contributions'. Without the
 * {@code partitionBy} and the partitioner given to {@code reduceByKey}, every iteration would also shuffle the
 * links and the ranks.
 *
 * <pre>
 * bin/rivulet run examples/PageRank.java                              # examples/data/links.txt, 10 iterations
 * bin/rivulet run examples/PageRank.java examples/data/links.txt 20
 * </pre>
 */
public class PageRank {
    public static void main(String[] args) {
        String path = args.length > 0 ? args[0] : "examples/data/links.txt";
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        try (Rivulet rv = Rivulet.builder().appName("pagerank").build()) {
            AtomicInteger stages = new AtomicInteger();
            AtomicInteger shuffles = new AtomicInteger();
            rv.addListener(new JobListener() {
                @Override
                public void onStageCompleted(StageInfo stage) {
                    stages.incrementAndGet();
                    if (stage.isShuffleMap()) {
                        shuffles.incrementAndGet();
                    }
                }
            });

            HashPartitioner partitioner = new HashPartitioner(rv.defaultParallelism());
            PairRDD<String, List<String>> links = rv.textFile(path)
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .mapToPair(PageRank::parseLink)
                    .partitionBy(partitioner) // the links' one shuffle: each to the partition of the page it leaves
                    .groupByKey(partitioner) // already partitioned that way: grouped in place, no shuffle
                    .mapValues(targets -> List.copyOf(new TreeSet<>(toList(targets)))) // keeps the partitioner
                    .persist(StorageLevel.MEMORY_ONLY); // read by every iteration: computed once

            PairRDD<String, Double> ranks = links.mapValues(targets -> 1.0);
            for (int i = 0; i < iterations; i++) {
                PairRDD<String, Double> contributions = links.join(ranks) // co-partitioned: no shuffle
                        .values()
                        .flatMapToPair(PageRank::contributions);
                ranks = contributions
                        .reduceByKey(partitioner, Double::sum) // the iteration's shuffle, into the links' partitioning
                        .mapValues(received -> 0.15 + 0.85 * received);
            }

            // Transformations are lazy: the iterations run here, as one job.
            List<Pair<String, Double>> ranked = new ArrayList<>(ranks.collect());
            ranked.sort(Comparator.comparing((Pair<String, Double> page) -> page.value())
                    .reversed()
                    .thenComparing(Pair::key));
            for (Pair<String, Double> page : ranked) {
                System.out.printf(Locale.ROOT, "%-10s %.4f%n", page.key(), page.value());
            }
            System.out.println(stages.get() + " stages, " + shuffles.get() + " shuffles for " + iterations
                    + " iterations");
        }
    }

    /** {@code "home about"}: a link from {@code home} to {@code about}. */
    private static Pair<String, String> parseLink(String line) {
        String[] pages = line.trim().split("\\s+");
        if (pages.length != 2) {
            throw new IllegalArgumentException("expected a link 'from to', but got '" + line + "'");
        }
        return Pair.of(pages[0], pages[1]);
    }

    /** A page's rank, split evenly among the pages it links to. */
    private static List<Pair<String, Double>> contributions(Pair<List<String>, Double> linksAndRank) {
        List<String> targets = linksAndRank.key();
        List<Pair<String, Double>> shares = new ArrayList<>(targets.size());
        for (String target : targets) {
            shares.add(Pair.of(target, linksAndRank.value() / targets.size()));
        }
        return shares;
    }

    private static <T> List<T> toList(Iterable<T> values) {
        List<T> list = new ArrayList<>();
        values.forEach(list::add);
        return list;
    }
}
