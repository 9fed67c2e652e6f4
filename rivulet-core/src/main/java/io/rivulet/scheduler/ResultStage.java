package io.rivulet.scheduler;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.task.TaskFunction;
import java.util.List;

/** The last stage of a job: it applies the action's function to each requested partition. */
final class ResultStage extends Stage {
    private final int[] partitions;
    private final TaskFunction<?, ?> function;

    public ResultStage(
            int id, BaseRDD<?> rdd, int[] partitions, TaskFunction<?, ?> function, List<Stage> parents, String name) {
        super(id, rdd, parents, name);
        this.partitions = partitions.clone();
        this.function = function;
    }

    /** The RDD partition computed by the task at {@code outputIndex}. */
    public int partition(int outputIndex) {
        return partitions[outputIndex];
    }

    public TaskFunction<?, ?> function() {
        return function;
    }

    @Override
    public int numTasks() {
        return partitions.length;
    }

    @Override
    public boolean isShuffleMap() {
        return false;
    }
}
