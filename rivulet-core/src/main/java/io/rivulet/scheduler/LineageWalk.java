package io.rivulet.scheduler;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.Dependency;
import io.rivulet.rdd.NarrowDependency;
import io.rivulet.rdd.ShuffleDependency;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks the lineage graph without recursion, so that lineages thousands of RDDs long (an iterative job
 * of 10,000 steps) cannot overflow the stack.
 */
final class LineageWalk {
    private LineageWalk() {}

    /** Every RDD reachable from {@code root}, parents before children. */
    static List<BaseRDD<?>> parentsFirst(BaseRDD<?> root) {
        List<BaseRDD<?>> order = new ArrayList<>();
        Set<Integer> visited = new HashSet<>();
        Deque<Frame> stack = new ArrayDeque<>();
        visited.add(root.id());
        stack.push(new Frame(root));
        while (!stack.isEmpty()) {
            Frame top = stack.peek();
            List<Dependency> dependencies = top.rdd.dependencies();
            if (top.next < dependencies.size()) {
                BaseRDD<?> parent = dependencies.get(top.next++).rdd();
                if (visited.add(parent.id())) {
                    stack.push(new Frame(parent));
                }
            } else {
                stack.pop();
                order.add(top.rdd);
            }
        }
        return order;
    }

    /** The shuffle dependencies met walking back from {@code rdd} through narrow dependencies only. */
    static List<ShuffleDependency<?>> nearestShuffles(BaseRDD<?> rdd) {
        Map<Integer, ShuffleDependency<?>> found = new LinkedHashMap<>();
        Set<Integer> visited = new HashSet<>();
        Deque<BaseRDD<?>> toVisit = new ArrayDeque<>();
        toVisit.push(rdd);
        while (!toVisit.isEmpty()) {
            BaseRDD<?> current = toVisit.pop();
            if (!visited.add(current.id())) {
                continue;
            }
            for (Dependency dependency : current.dependencies()) {
                if (dependency instanceof ShuffleDependency<?> shuffle) {
                    found.putIfAbsent(shuffle.shuffleId(), shuffle);
                } else if (dependency instanceof NarrowDependency) {
                    toVisit.push(dependency.rdd());
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private static final class Frame {
        final BaseRDD<?> rdd;
        int next;

        Frame(BaseRDD<?> rdd) {
            this.rdd = rdd;
        }
    }
}
