package io.rivulet.memory;

import io.rivulet.SpillInfo;
import io.rivulet.serializer.Serializer;
import io.rivulet.task.TaskContext;

/**
 * One task's view of execution memory, and what its spillable buffers need to spill: the serializer and
 * where spill files go. Whatever the task still holds when it ends is released.
 */
public final class TaskMemory {
    private final MemoryManager manager;
    private final TaskContext context;
    private final Serializer serializer;
    private final TempFiles tempFiles;

    private TaskMemory(MemoryManager manager, TaskContext context, Serializer serializer, TempFiles tempFiles) {
        this.manager = manager;
        this.context = context;
        this.serializer = serializer;
        this.tempFiles = tempFiles;
        context.addCompletionCallback(() -> manager.releaseAllExecution(context.taskId()));
    }

    /** The task's instance, made on first use. */
    public static TaskMemory of(
            TaskContext context, MemoryManager manager, Serializer serializer, TempFiles tempFiles) {
        return context.taskLocal(TaskMemory.class, () -> new TaskMemory(manager, context, serializer, tempFiles));
    }

    public long acquire(long bytes) {
        return manager.acquireExecution(bytes, context.taskId());
    }

    public void release(long bytes) {
        manager.releaseExecution(bytes, context.taskId());
    }

    long minSpillBytes() {
        return manager.minSpillBytes();
    }

    public TaskContext context() {
        return context;
    }

    public Serializer serializer() {
        return serializer;
    }

    public TempFiles tempFiles() {
        return tempFiles;
    }

    void reportSpill(String what, long records, long bytes, String cause) {
        context.metrics().incSpilledBytes(bytes);
        manager.reportSpill(
                new SpillInfo(context.stageId(), context.partitionId(), context.taskId(), what, records, bytes, cause));
    }
}
