package io.rivulet.scheduler;

import io.rivulet.rdd.ShuffleDependency;
import java.util.List;

/** A stage whose tasks write the map side of one shuffle. */
final class ShuffleMapStage extends Stage {
    private final ShuffleDependency<?> shuffleDependency;

    public ShuffleMapStage(int id, ShuffleDependency<?> dependency, List<Stage> parents) {
        super(
                id,
                dependency.rdd(),
                parents,
                dependency.rdd().operation() + " at " + dependency.rdd().callSite());
        this.shuffleDependency = dependency;
    }

    public ShuffleDependency<?> shuffleDependency() {
        return shuffleDependency;
    }

    @Override
    public int numTasks() {
        return rdd().numPartitions();
    }

    @Override
    public boolean isShuffleMap() {
        return true;
    }
}
