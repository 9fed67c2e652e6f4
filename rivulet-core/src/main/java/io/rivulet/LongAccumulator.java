package io.rivulet;

import io.rivulet.task.RemoteAccumulator;
import io.rivulet.task.TaskContext;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.concurrent.atomic.LongAdder;

/**
 * A counter that tasks add to and the driver reads, made by {@link Rivulet#longAccumulator(String)}.
 *
 * <p>Updates made inside a task are buffered in the task and merged only when the task succeeds, so a
 * retried task counts once, as Spark guarantees for updates made in actions. (Updates in transformations
 * count once per computation: a partition computed twice, because it was not persisted, counts twice.)
 *
 * <p>On a cluster ({@code master("spark://...")}) tasks run in other JVMs on copies of the accumulator that
 * Java serialization made. A copy sends its updates to the cluster's own accumulator (a
 * {@link RemoteAccumulator} the runner attached when the accumulator was made), which reports them to the
 * driver when each task ends; the driver's {@link #value()} is its own updates plus those.
 */
public final class LongAccumulator implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final LongAdder sum = new LongAdder();
    private final LongAdder count = new LongAdder();
    /** The cluster's accumulator behind this one, or null in the embedded engine. */
    private final RemoteAccumulator remote;
    /** True in a copy made by deserialization: its updates go to {@link #remote}. */
    private transient boolean copy;

    LongAccumulator(String name) {
        this(name, null);
    }

    LongAccumulator(String name, RemoteAccumulator remote) {
        this.name = name;
        this.remote = remote;
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        copy = true;
    }

    public void add(long value) {
        if (copy && remote != null) {
            remote.add(value);
            return;
        }
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
        return sum();
    }

    public long sum() {
        return sum.sum() + (remote == null || copy ? 0 : remote.sum());
    }

    /** How many values were added. */
    public long count() {
        return count.sum() + (remote == null || copy ? 0 : remote.count());
    }

    public double avg() {
        long n = count();
        return n == 0 ? Double.NaN : (double) sum() / n;
    }

    public void reset() {
        sum.reset();
        count.reset();
        if (remote != null) {
            remote.reset();
        }
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "LongAccumulator(" + name + ": " + value() + ")";
    }
}
