package io.rivulet;

import io.rivulet.task.TaskContext;
import java.io.Serializable;
import java.util.concurrent.atomic.LongAdder;

/**
 * A counter that tasks add to and the driver reads, made by {@link Rivulet#longAccumulator(String)}.
 *
 * <p>Updates made inside a task are buffered in the task and merged only when the task succeeds, so a
 * retried task counts once, as Spark guarantees for updates made in actions. (Updates in transformations
 * count once per computation: a partition computed twice, because it was not persisted, counts twice.)
 */
public final class LongAccumulator implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final LongAdder sum = new LongAdder();
    private final LongAdder count = new LongAdder();

    LongAccumulator(String name) {
        this.name = name;
    }

    public void add(long value) {
        TaskContext context = TaskContext.current();
        if (context == null) {
            sum.add(value);
            count.increment();
            return;
        }
        long[] local = context.taskLocal(this, () -> {
            long[] buffer = new long[2];
            context.addSuccessAction(() -> {
                sum.add(buffer[0]);
                count.add(buffer[1]);
            });
            return buffer;
        });
        local[0] += value;
        local[1]++;
    }

    /** The sum of every merged update. */
    public long value() {
        return sum.sum();
    }

    public long sum() {
        return sum.sum();
    }

    /** How many values were added. */
    public long count() {
        return count.sum();
    }

    public double avg() {
        long n = count.sum();
        return n == 0 ? Double.NaN : (double) sum.sum() / n;
    }

    public void reset() {
        sum.reset();
        count.reset();
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "LongAccumulator(" + name + ": " + value() + ")";
    }
}
