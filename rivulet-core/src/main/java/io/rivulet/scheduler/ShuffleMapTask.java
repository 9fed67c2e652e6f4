package io.rivulet.scheduler;

import static java.util.Objects.requireNonNull;

import io.rivulet.shuffle.MapOutputTracker;
import io.rivulet.shuffle.MapStatus;
import io.rivulet.shuffle.ShuffleManager;
import io.rivulet.task.TaskContext;

/**
 * Writes one partition of a shuffle's map side: {@link #run} on the slot writes the output (in memory or in
 * a local file), then the job's thread either {@linkplain #commit commits} it, so that reduce tasks find it,
 * or {@linkplain #abort aborts} it (the job failed, or the task read incomplete input), releasing its memory
 * and files. An output is never both.
 */
final class ShuffleMapTask implements Task<MapStatus> {
    private final ShuffleMapStage stage;
    private final int partition;
    private final ShuffleManager shuffleManager;

    ShuffleMapTask(ShuffleMapStage stage, int partition, ShuffleManager shuffleManager) {
        this.stage = requireNonNull(stage, "stage is null");
        this.partition = partition;
        this.shuffleManager = requireNonNull(shuffleManager, "shuffleManager is null");
    }

    @Override
    public int partition() {
        return partition;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public MapStatus run(TaskContext context) {
        java.util.Iterator records = Task.records(stage.rdd(), partition, context);
        return new MapStatus(
                partition, shuffleManager.write(stage.shuffleDependency().spec(), records, context));
    }

    /** Registers the output with the tracker; if another attempt registered one first, this one is released. */
    void commit(MapOutputTracker tracker, MapStatus status) {
        tracker.registerMapOutput(stage.shuffleDependency().shuffleId(), status);
    }

    /** Releases an output nobody will read. */
    void abort(MapStatus status) {
        status.output().release();
    }

    @Override
    public void discard(MapStatus value) {
        abort(value);
    }
}
