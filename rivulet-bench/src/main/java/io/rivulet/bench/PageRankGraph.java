package io.rivulet.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The hand-written PageRank: the generated graph of {@link Gen#edgeSource} and {@link Gen#edgeTarget} as
 * compressed sparse rows (each node's targets side by side in one array), and ranks in a {@code double[]}
 * where NaN marks a node that has no rank.
 *
 * <p>It follows the RDD version exactly: the first ranks are those of the nodes with out-links; each
 * iteration, a node with out-links and a rank sends {@code rank / outDegree} to each target (a target
 * listed twice gets two shares), and the nodes that received anything get {@code 0.15 + 0.85 * sum}.
 */
final class PageRankGraph {
    private final int nodes;
    private final int[] offsets;
    private final int[] targets;

    private PageRankGraph(int nodes, int[] offsets, int[] targets) {
        this.nodes = nodes;
        this.offsets = offsets;
        this.targets = targets;
    }

    /** The out-degree of a node: the edges {@code e} with {@code e % nodes == node}. */
    private static int outDegree(int node, int nodes, long edges) {
        return node < edges ? (int) ((edges - node + nodes - 1) / nodes) : 0;
    }

    static PageRankGraph generate(int nodes, long edges) {
        int[] offsets = new int[nodes + 1];
        for (int node = 0; node < nodes; node++) {
            offsets[node + 1] = offsets[node] + outDegree(node, nodes, edges);
        }
        int[] targets = new int[Math.toIntExact(edges)];
        for (int node = 0; node < nodes; node++) {
            int at = offsets[node];
            for (long e = node; e < edges; e += nodes) {
                targets[at++] = Gen.edgeTarget(e, nodes);
            }
        }
        return new PageRankGraph(nodes, offsets, targets);
    }

    /**
     * The ranks after {@code iterations}, computed on the threads of {@code onEachThread} (which runs its
     * task once for each thread index and returns their results).
     */
    double[] run(int iterations, Function<IntFunction<Object>, List<Object>> onEachThread) {
        int threads = Sizes.SLOTS;
        double[] ranks = new double[nodes];
        for (int node = 0; node < nodes; node++) {
            ranks[node] = offsets[node + 1] > offsets[node] ? 1.0 : Double.NaN;
        }
        double[][] sums = new double[threads][nodes];
        boolean[][] received = new boolean[threads][nodes];
        for (int iteration = 0; iteration < iterations; iteration++) {
            onEachThread.apply(t -> {
                double[] sum = sums[t];
                boolean[] got = received[t];
                Arrays.fill(sum, 0.0);
                Arrays.fill(got, false);
                for (int node = from(t); node < from(t + 1); node++) {
                    int degree = offsets[node + 1] - offsets[node];
                    if (degree > 0 && !Double.isNaN(ranks[node])) {
                        double share = ranks[node] / degree;
                        for (int at = offsets[node]; at < offsets[node + 1]; at++) {
                            sum[targets[at]] += share;
                            got[targets[at]] = true;
                        }
                    }
                }
                return null;
            });
            onEachThread.apply(t -> {
                for (int node = from(t); node < from(t + 1); node++) {
                    boolean any = false;
                    double total = 0;
                    for (int u = 0; u < threads; u++) {
                        any |= received[u][node];
                        total += sums[u][node];
                    }
                    ranks[node] = any ? 0.15 + 0.85 * total : Double.NaN;
                }
                return null;
            });
        }
        return ranks;
    }

    private int from(int thread) {
        return (int) Gen.start(thread, Sizes.SLOTS, nodes);
    }
}
