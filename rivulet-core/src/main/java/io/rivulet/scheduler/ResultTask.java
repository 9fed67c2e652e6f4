package io.rivulet.scheduler;

import static java.util.Objects.requireNonNull;

import io.rivulet.task.TaskContext;
import io.rivulet.task.TaskFunction;
import java.util.Iterator;

/** Applies the action's function to one partition of the job's RDD; the job's handler gets the value. */
final class ResultTask<T, U> implements Task<U> {
    private final ResultStage stage;
    private final int partition;
    private final TaskFunction<T, U> function;

    @SuppressWarnings("unchecked")
    ResultTask(ResultStage stage, int partition) {
        this.stage = requireNonNull(stage, "stage is null");
        this.partition = partition;
        this.function = (TaskFunction<T, U>) stage.function();
    }

    @Override
    public int partition() {
        return partition;
    }

    @Override
    @SuppressWarnings("unchecked")
    public U run(TaskContext context) throws Exception {
        return function.apply(context, (Iterator<T>) Task.records(stage.rdd(), partition, context));
    }

    @Override
    public void discard(U value) {}
}
