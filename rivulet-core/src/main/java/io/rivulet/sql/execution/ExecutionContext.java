package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.Rivulet;
import io.rivulet.engine.Engine;
import io.rivulet.internal.RivuletInternals;
import io.rivulet.memory.TaskMemory;
import io.rivulet.rdd.RddServices;
import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.session.SqlConf;
import io.rivulet.task.TaskContext;

/**
 * What operators need while they build their lineage: the {@code Rivulet} whose engine runs them (through
 * {@code io.rivulet.internal.RivuletInternals}), the session's settings, and the metrics of the query the
 * lineage is built for ({@link SqlMetrics}: one per execution, so that two runs of a plan count apart).
 */
public record ExecutionContext(Rivulet rivulet, SqlConf conf, SqlMetrics metrics) {
    public ExecutionContext {
        requireNonNull(rivulet, "rivulet is null");
        requireNonNull(conf, "conf is null");
        requireNonNull(metrics, "metrics is null");
    }

    /** A context with metrics of its own. */
    public ExecutionContext(Rivulet rivulet, SqlConf conf) {
        this(rivulet, conf, new SqlMetrics());
    }

    /** The engine's services, which new lineage nodes are made with. */
    public RddServices services() {
        return engine();
    }

    Engine engine() {
        return RivuletInternals.engine(rivulet);
    }

    /** The evaluation context of one task of an operator: made per task, never shared. */
    public EvalContext evalContext(int partitionIndex) {
        return new EvalContext(conf.timeZone(), conf.ansi(), partitionIndex);
    }

    /** A task's execution memory, for operators that buffer and spill. */
    public TaskMemory taskMemory(TaskContext task) {
        return RivuletInternals.taskMemory(rivulet, task);
    }
}
