package io.rivulet.scheduler;

import io.rivulet.RDDInfo;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.Dependency;
import io.rivulet.rdd.NarrowDependency;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A set of tasks, one per partition, that compute one pipelined chain of narrow dependencies ending in
 * {@link #rdd()}. Stages are immutable: a shuffle-map stage is shared by every job that needs its
 * shuffle (which is how a later job finds the output and skips it); the state of running a stage lives
 * in the job that runs it.
 */
public abstract sealed class Stage permits ShuffleMapStage, ResultStage {
    private final int id;
    private final BaseRDD<?> rdd;
    private final List<Stage> parents;
    private final String name;

    protected Stage(int id, BaseRDD<?> rdd, List<Stage> parents, String name) {
        this.id = id;
        this.rdd = rdd;
        this.parents = List.copyOf(parents);
        this.name = name;
    }

    public int id() {
        return id;
    }

    public BaseRDD<?> rdd() {
        return rdd;
    }

    public List<Stage> parents() {
        return parents;
    }

    public String name() {
        return name;
    }

    public abstract int numTasks();

    public abstract boolean isShuffleMap();

    /** The RDDs pipelined in this stage (those reached through narrow dependencies), sorted by id. */
    public List<RDDInfo> rddInfos() {
        List<BaseRDD<?>> found = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        Deque<BaseRDD<?>> toVisit = new ArrayDeque<>();
        toVisit.push(rdd);
        while (!toVisit.isEmpty()) {
            BaseRDD<?> current = toVisit.pop();
            if (!seen.add(current.id())) {
                continue;
            }
            found.add(current);
            for (Dependency dependency : current.dependencies()) {
                if (dependency instanceof NarrowDependency) {
                    toVisit.push(dependency.rdd());
                }
            }
        }
        found.sort(Comparator.comparingInt(BaseRDD::id));
        List<RDDInfo> infos = new ArrayList<>(found.size());
        for (BaseRDD<?> each : found) {
            infos.add(each.info());
        }
        return infos;
    }

    @Override
    public String toString() {
        return "stage " + id + " (" + name + ")";
    }
}
