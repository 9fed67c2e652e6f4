package io.rivulet.sql.execution;

import io.rivulet.PlanGraph;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A physical plan as the engine's neutral {@link PlanGraph}, with what each operator did in one execution (its
 * {@link SqlMetrics}): what the jobs of a DataFrame action carry to listeners, the event log and the UI.
 *
 * <p>Operators are numbered in the order {@code explain()} prints them (pre-order); an operator that two
 * others read (the same object twice in the tree) is one node with two parents, as it is one operator with one
 * set of metrics. Thread-safe as its metrics are: the web UI asks while tasks report.
 */
public final class PlanGraphs {
    private PlanGraphs() {}

    /** {@code root}'s operators with their metrics now. */
    public static PlanGraph of(PhysicalPlan root, SqlMetrics metrics) {
        Map<PhysicalPlan, Integer> ids = new IdentityHashMap<>();
        List<PhysicalPlan> order = new ArrayList<>();
        number(root, ids, order);
        List<PlanGraph.Node> nodes = new ArrayList<>(order.size());
        for (PhysicalPlan plan : order) {
            List<Integer> childIds = new ArrayList<>(plan.children().size());
            for (PhysicalPlan child : plan.children()) {
                childIds.add(ids.get(child));
            }
            String line = plan.nodeString();
            OperatorMetrics m = metrics.of(plan);
            nodes.add(new PlanGraph.Node(
                    ids.get(plan),
                    name(line),
                    detail(line),
                    childIds,
                    m.outputRows(),
                    m.elapsedNanos(),
                    m.partitions()));
        }
        return new PlanGraph(nodes);
    }

    /** Pre-order without recursion: plans can be deep (a union of hundreds of frames). */
    private static void number(PhysicalPlan root, Map<PhysicalPlan, Integer> ids, List<PhysicalPlan> order) {
        java.util.ArrayDeque<PhysicalPlan> toVisit = new java.util.ArrayDeque<>();
        toVisit.push(root);
        while (!toVisit.isEmpty()) {
            PhysicalPlan plan = toVisit.pop();
            if (ids.containsKey(plan)) {
                continue;
            }
            ids.put(plan, order.size());
            order.add(plan);
            List<PhysicalPlan> children = plan.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                toVisit.push(children.get(i));
            }
        }
    }

    /**
     * The operator's name: the first word of its line ({@code Filter}, {@code HashAggregate} of
     * {@code HashAggregate(keys=...)}), two words for scans ({@code Scan json}), whose second word is the format.
     */
    static String name(String line) {
        int end = nameEnd(line);
        return line.substring(0, end);
    }

    /** The rest of the line; the parentheses of {@code HashAggregate(keys=[...], ...)} dropped. */
    static String detail(String line) {
        String rest = line.substring(nameEnd(line)).strip();
        if (rest.startsWith("(") && rest.endsWith(")") && line.charAt(nameEnd(line)) == '(') {
            rest = rest.substring(1, rest.length() - 1);
        }
        return rest;
    }

    private static int nameEnd(String line) {
        int end = wordEnd(line, 0);
        if (line.startsWith("Scan ") && end < line.length()) {
            int second = wordEnd(line, end + 1);
            if (second > end + 1) {
                end = second;
            }
        }
        return end;
    }

    private static int wordEnd(String line, int from) {
        int i = from;
        while (i < line.length() && " ([".indexOf(line.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
