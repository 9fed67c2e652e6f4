package io.rivulet.sql.execution.aggregate;

import static java.util.Objects.requireNonNull;

import io.rivulet.Rivulet;
import io.rivulet.internal.RivuletInternals;
import io.rivulet.memory.TaskMemory;
import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.session.SqlConf;
import io.rivulet.task.TaskContext;

/**
 * What an operator's task needs beyond its input: the task, its share of execution memory and where spills go,
 * the smallest buffer worth spilling ({@code rivulet.memory.minSpillBytes}), and the context of expression
 * evaluation. Made in the task, from what the operator captured when it built its lineage.
 */
public record TaskResources(TaskContext context, TaskMemory memory, long minSpillBytes, EvalContext eval) {
    public TaskResources {
        requireNonNull(context, "context is null");
        requireNonNull(memory, "memory is null");
        requireNonNull(eval, "eval is null");
    }

    /**
     * The resources of the task running partition {@code partition} under {@code context}.
     *
     * <p>{@code rivulet} is captured in the task function: in embedded mode the tasks run in the driver's JVM,
     * and the engine is the same object (a cluster mode will reach the executor's engine instead).
     */
    public static TaskResources of(Rivulet rivulet, SqlConf conf, TaskContext context, int partition) {
        return new TaskResources(
                context,
                RivuletInternals.taskMemory(rivulet, context),
                RivuletInternals.memoryManager(rivulet).minSpillBytes(),
                new EvalContext(conf.timeZone(), conf.ansi(), partition));
    }

    /** A grant of execution memory for one buffer of the task. */
    public MemoryGrant grant() {
        return new MemoryGrant(memory, minSpillBytes);
    }
}
