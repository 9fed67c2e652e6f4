package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.task.TaskContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The metrics of one execution of a physical plan: per operator, its output rows and batches and the time in its
 * iterator, for {@code explain} and the UI.
 *
 * <p>How they are counted: each operator, as it builds its lineage, {@linkplain #register registers} itself and
 * wraps every partition's batch iterator in a counting one ({@link #track}). A task counts in local fields and,
 * only when it succeeds, puts its counts under (operator, partition) with a success action of its
 * {@link TaskContext}. Putting, not adding: an attempt that failed never reports, and a partition computed again
 * (a retried task, a map stage run again after a lost shuffle output, the sampling job of a range exchange)
 * replaces its earlier report, so each partition counts once. Thread-safe: tasks report from their slots.
 */
public final class SqlMetrics {
    private final Map<PhysicalPlan, Integer> ids = new IdentityHashMap<>();
    private final List<PhysicalPlan> operators = new ArrayList<>();
    private final Map<Long, long[]> reports = new ConcurrentHashMap<>();

    /** The id under which {@code plan}'s tasks report; the same one each time the plan is registered. */
    public synchronized int register(PhysicalPlan plan) {
        requireNonNull(plan, "plan is null");
        Integer id = ids.get(plan);
        if (id == null) {
            id = operators.size();
            ids.put(plan, id);
            operators.add(plan);
        }
        return id;
    }

    /**
     * Counts the batches of partition {@code partition} of {@code plan} as the task pulls them; reports them if
     * the task succeeds.
     */
    public Iterator<ColumnBatch> track(
            PhysicalPlan plan, TaskContext task, int partition, Iterator<ColumnBatch> batches) {
        int id = register(plan);
        Counting counting = new Counting(batches);
        long key = ((long) id << 32) | (partition & 0xFFFFFFFFL);
        if (task != null) {
            task.addSuccessAction(() -> reports.put(key, counting.counts()));
        }
        return counting;
    }

    /** What {@code plan} did, summed over its partitions; {@link OperatorMetrics#NONE} if it never ran. */
    public OperatorMetrics of(PhysicalPlan plan) {
        Integer id;
        synchronized (this) {
            id = ids.get(plan);
        }
        if (id == null) {
            return OperatorMetrics.NONE;
        }
        long rows = 0;
        long batches = 0;
        long nanos = 0;
        int partitions = 0;
        for (Map.Entry<Long, long[]> report : reports.entrySet()) {
            if ((int) (report.getKey() >>> 32) == id) {
                long[] counts = report.getValue();
                rows += counts[0];
                batches += counts[1];
                nanos += counts[2];
                partitions++;
            }
        }
        return new OperatorMetrics(rows, batches, nanos, partitions);
    }

    /** Every registered operator's metrics, in the order they were registered. */
    public Map<PhysicalPlan, OperatorMetrics> snapshot() {
        List<PhysicalPlan> registered;
        synchronized (this) {
            registered = List.copyOf(operators);
        }
        Map<PhysicalPlan, OperatorMetrics> all = new LinkedHashMap<>();
        for (PhysicalPlan plan : registered) {
            all.put(plan, of(plan));
        }
        return all;
    }

    /** The plan's tree with each operator's rows: {@code Filter (a#1 > 5) [rows=120, time=3 ms]}. */
    public String treeString(PhysicalPlan root) {
        return io.rivulet.sql.plan.TreeString.of(
                root,
                plan -> {
                    OperatorMetrics m = of(plan);
                    return plan.nodeString() + " [rows=" + m.outputRows() + ", time=" + m.elapsedNanos() / 1_000_000
                            + " ms]";
                },
                PhysicalPlan::children);
    }

    /** A task's counts of one operator partition: rows, batches, nanoseconds. Confined to the task's thread. */
    private static final class Counting implements Iterator<ColumnBatch> {
        private final Iterator<ColumnBatch> delegate;
        private long rows;
        private long batches;
        private long nanos;

        Counting(Iterator<ColumnBatch> delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean hasNext() {
            long start = System.nanoTime();
            try {
                return delegate.hasNext();
            } finally {
                nanos += System.nanoTime() - start;
            }
        }

        @Override
        public ColumnBatch next() {
            long start = System.nanoTime();
            ColumnBatch batch;
            try {
                batch = delegate.next();
            } finally {
                nanos += System.nanoTime() - start;
            }
            rows += batch.numRows();
            batches++;
            return batch;
        }

        long[] counts() {
            return new long[] {rows, batches, nanos};
        }
    }
}
