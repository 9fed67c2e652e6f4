package io.rivulet.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The hand-written PageRank, with hash maps as the RDD version has them: the links and the ranks split
 * between the threads by key ({@code node % threads}), so that each thread joins its own links with its
 * own ranks (the co-partitioning of the RDD version); each thread sends its contributions to the thread
 * that owns the target, which sums them.
 *
 * <p>It follows the RDD version exactly: the first ranks are those of the nodes with out-links; each
 * iteration, a node with out-links and a rank sends {@code rank / outDegree} to each target (a target
 * listed twice gets two shares), and the nodes that received anything get {@code 0.15 + 0.85 * sum}.
 */
final class PageRankGraph {
    private static final int THREADS = Sizes.SLOTS;

    /** The links of the nodes {@code node % THREADS == t}, for each thread {@code t}. */
    private final List<Map<Integer, int[]>> links;

    private PageRankGraph(List<Map<Integer, int[]>> links) {
        this.links = links;
    }

    /** Groups the generated edges by source, on the threads of {@code onEachThread}. */
    static PageRankGraph generate(int nodes, long edges, Function<IntFunction<Object>, List<Object>> onEachThread) {
        List<Map<Integer, int[]>> links = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            links.add(new HashMap<>());
        }
        onEachThread.apply(t -> {
            Map<Integer, List<Integer>> grouped = new HashMap<>();
            for (long e = 0; e < edges; e++) {
                int source = Gen.edgeSource(e, nodes);
                if (source % THREADS == t) {
                    grouped.computeIfAbsent(source, s -> new ArrayList<>()).add(Gen.edgeTarget(e, nodes));
                }
            }
            Map<Integer, int[]> own = links.get(t);
            grouped.forEach((source, targets) ->
                    own.put(source, targets.stream().mapToInt(Integer::intValue).toArray()));
            return null;
        });
        return new PageRankGraph(links);
    }

    /**
     * The ranks after {@code iterations}, split by key between the threads, computed on the threads of
     * {@code onEachThread} (which runs its task once for each thread index and returns their results).
     */
    List<Map<Integer, Double>> run(int iterations, Function<IntFunction<Object>, List<Object>> onEachThread) {
        List<Map<Integer, Double>> ranks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Map<Integer, Double> own = new HashMap<>();
            links.get(t).keySet().forEach(node -> own.put(node, 1.0));
            ranks.add(own);
        }
        for (int iteration = 0; iteration < iterations; iteration++) {
            // sent.get(from).get(to): the sums thread `from` computed for the targets thread `to` owns.
            List<Object> sent = onEachThread.apply(t -> {
                List<Map<Integer, double[]>> out = new ArrayList<>();
                for (int to = 0; to < THREADS; to++) {
                    out.add(new HashMap<>());
                }
                Map<Integer, Double> own = ranks.get(t);
                links.get(t).forEach((node, targets) -> {
                    Double rank = own.get(node);
                    if (rank != null) {
                        double share = rank / targets.length;
                        for (int target : targets) {
                            out.get(target % THREADS).computeIfAbsent(target, k -> new double[1])[0] += share;
                        }
                    }
                });
                return out;
            });
            List<Object> next = onEachThread.apply(t -> {
                Map<Integer, Double> sums = new HashMap<>();
                for (Object fromThread : sent) {
                    @SuppressWarnings("unchecked")
                    Map<Integer, double[]> received = ((List<Map<Integer, double[]>>) fromThread).get(t);
                    received.forEach((node, sum) -> sums.merge(node, sum[0], Double::sum));
                }
                sums.replaceAll((node, sum) -> 0.15 + 0.85 * sum);
                return sums;
            });
            for (int t = 0; t < THREADS; t++) {
                @SuppressWarnings("unchecked")
                Map<Integer, Double> own = (Map<Integer, Double>) next.get(t);
                ranks.set(t, own);
            }
        }
        return ranks;
    }
}
