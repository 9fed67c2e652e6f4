package io.rivulet;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The physical plan of a DataFrame query, as the jobs that run it carry it ({@link JobInfo#plan()}): its operators,
 * each with what it did. A neutral description: listeners, the event log, the web UI and reports read it without
 * knowing the DataFrame layer that made it (the engine never imports that layer).
 *
 * <p>A plan is usually a tree, but an operator that feeds two others appears once, with two parents. Metrics are
 * those of the moment the graph was taken: at a job's start what earlier jobs of the same query did (often
 * nothing), at its end what every operator did, summed over its partitions.
 *
 * @param nodes the operators, the root first and every operator before its children (the order in which
 *     {@code explain()} prints them)
 */
public record PlanGraph(List<Node> nodes) {
    public PlanGraph {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a plan has at least one operator");
        }
        Set<Integer> ids = new HashSet<>();
        for (Node node : nodes) {
            if (!ids.add(node.id())) {
                throw new IllegalArgumentException("two operators of the plan have the id " + node.id());
            }
        }
        for (Node node : nodes) {
            for (int child : node.childIds()) {
                if (!ids.contains(child)) {
                    throw new IllegalArgumentException("operator " + node.id() + " (" + node.name() + ") names a child "
                            + child + " not in the plan");
                }
            }
        }
    }

    /** The operator whose output is the query's. */
    public Node root() {
        return nodes.get(0);
    }

    /** The operator with id {@code id}, if the plan has one. */
    public Optional<Node> node(int id) {
        return nodes.stream().filter(node -> node.id() == id).findFirst();
    }

    /**
     * One operator.
     *
     * @param id its number in the plan
     * @param name what it is, as the first word of its line in {@code explain()}: {@code Filter},
     *     {@code HashAggregate}, {@code Exchange}, {@code Scan json}
     * @param detail the rest of that line (its condition, keys, columns, partitioning); may be empty
     * @param childIds the operators it reads, in order
     * @param outputRows rows it gave, summed over its partitions (each partition counted once, however many times
     *     it was computed)
     * @param elapsedNanos time spent in it, including the operators below it in the same stage (they run inside it)
     * @param partitions its partitions that reported so far
     */
    public record Node(
            int id,
            String name,
            String detail,
            List<Integer> childIds,
            long outputRows,
            long elapsedNanos,
            int partitions) {
        public Node {
            requireNonNull(name, "name is null");
            detail = detail == null ? "" : detail;
            childIds = List.copyOf(childIds);
        }
    }
}
