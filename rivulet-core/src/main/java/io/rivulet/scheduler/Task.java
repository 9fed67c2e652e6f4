package io.rivulet.scheduler;

import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.Partition;
import io.rivulet.task.TaskContext;
import java.util.Iterator;

/**
 * The work of one task: compute one partition of a stage's last RDD and do what the stage does with it,
 * on a worker slot. A {@link ShuffleMapTask} writes the records as the map side of a shuffle, then its output
 * is committed (registered for the reduce side) or aborted (released); a {@link ResultTask} applies the
 * action's function and hands the value to the job. As Spark's tasks, they hold no state of their own run:
 * that is the {@link TaskContext}'s.
 *
 * @param <R> what the task's body gives back on its slot
 */
sealed interface Task<R> permits ShuffleMapTask, ResultTask {
    /** The partition of the stage's RDD this task computes. */
    int partition();

    /** Runs on a slot, in {@code context} (current while it runs). */
    R run(TaskContext context) throws Exception;

    /** The value of a run that will not be used (its job is over, or it read incomplete input). */
    void discard(R value);

    /**
     * The records of the task's partition, pipelined through the stage's narrow chain. Sources check the kill
     * flag per record they read; this checks it per record the stage produces too.
     */
    static Iterator<?> records(BaseRDD<?> rdd, int partition, TaskContext context) {
        Partition split = rdd.partitions()[partition];
        return context.interruptible(rdd.iterator(split, context));
    }
}
