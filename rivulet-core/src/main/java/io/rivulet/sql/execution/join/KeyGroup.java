package io.rivulet.sql.execution.join;

import io.rivulet.sql.execution.aggregate.BatchRun;
import io.rivulet.sql.execution.aggregate.SpillingMemory;
import io.rivulet.sql.execution.aggregate.TaskResources;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The buffered side's rows of one key in a sort-merge join (Spark's {@code bufferedMatches}): what every streamed
 * row of that key is paired with. Held as segments (a batch and a row range) of the batches read, so that a key
 * within one batch costs no copy; accounted through the task's execution memory ({@link SpillingMemory}) and,
 * when the task cannot get more (a hot key), written to a spill file ({@link BatchRun}) and read back for each
 * streamed batch of that key. So a key of any number of rows never fails a task.
 *
 * <p>Rows are numbered in the order {@link #segments} gives them (the spilled runs, then the segments in memory),
 * which {@link #matched} flags follow: a full outer join gives the rows no streamed row matched when the key ends.
 * Not thread-safe: one per task; {@link #close} (at the latest when the task ends) deletes the files.
 */
final class KeyGroup implements AutoCloseable {
    /** Rows {@code [from, to)} of {@code batch}, numbered from {@code base} in the group. */
    record Segment(ColumnBatch batch, int from, int to, int base) {}

    private final TaskResources resources;
    private final StructType schema;
    private final boolean tracksMatches;
    private final SpillingMemory memory;
    private final List<Segment> inMemory = new ArrayList<>();
    private final List<BatchRun> runs = new ArrayList<>();
    private ColumnBatch keyBatch;
    private int keyRow;
    private long spilledRows;
    private int rows;
    private long bytes;
    private boolean[] matched;

    /** A group of rows of {@code schema}; {@code tracksMatches}: keep a flag per row of whether it matched. */
    KeyGroup(TaskResources resources, StructType schema, boolean tracksMatches) {
        this.resources = resources;
        this.schema = schema;
        this.tracksMatches = tracksMatches;
        this.memory = new SpillingMemory(resources.memory(), "sort-merge join buffer", this::spill);
    }

    /** Starts the group of the key at row {@code row} of {@code keys} (a batch of key columns), empty. */
    void start(ColumnBatch keys, int row) {
        clear();
        this.keyBatch = keys;
        this.keyRow = row;
    }

    /** The batch of key columns holding the group's key, at {@link #keyRow}; null when there is no group. */
    ColumnBatch keyBatch() {
        return keyBatch;
    }

    int keyRow() {
        return keyRow;
    }

    /** Adds rows {@code [from, to)} of {@code batch}; spills the group when the task cannot hold it. */
    void add(ColumnBatch batch, int from, int to) {
        if (to <= from) {
            return;
        }
        inMemory.add(new Segment(batch, from, to, 0));
        rows = Math.addExact(rows, to - from);
        bytes += batch.numRows() == 0 ? 0 : batch.estimatedBytes() * (to - from) / batch.numRows();
        memory.update(bytes);
    }

    /** Writes the segments in memory to a new run: {rows, bytes} written. */
    private long[] spill() {
        BatchRun.Writer writer =
                BatchRun.writer(resources.memory().tempFiles(), "spill-sort-merge-join", schema, resources.context());
        long written = 0;
        for (Segment segment : inMemory) {
            writer.write(segment.batch().slice(segment.from(), segment.to()));
            written += segment.to() - segment.from();
        }
        BatchRun run = writer.finish();
        runs.add(run);
        spilledRows += written;
        inMemory.clear();
        bytes = 0;
        return new long[] {run.rows(), run.bytes()};
    }

    int rows() {
        return rows;
    }

    boolean spilled() {
        return !runs.isEmpty();
    }

    /** The flags of which rows matched, by group row number; null unless tracked. */
    boolean[] matched() {
        if (tracksMatches && matched == null) {
            matched = new boolean[rows];
        }
        return matched;
    }

    /** The group's rows as segments with their numbers, from disk first; may be walked any number of times. */
    Iterator<Segment> segments() {
        if (runs.isEmpty() && inMemory.size() == 1) {
            return List.of(inMemory.get(0)).iterator(); // the common case: a key within one batch
        }
        List<Iterator<ColumnBatch>> spilled = new ArrayList<>();
        for (BatchRun run : runs) {
            spilled.add(run.read(resources.context()));
        }
        List<Segment> held = new ArrayList<>(inMemory.size());
        int base = (int) spilledRows;
        for (Segment segment : inMemory) {
            held.add(new Segment(segment.batch(), segment.from(), segment.to(), base));
            base += segment.to() - segment.from();
        }
        return spilled.isEmpty() ? held.iterator() : new Segments(spilled, held.iterator());
    }

    /** The spilled runs' batches as whole segments, numbered on, then the segments held. */
    private static final class Segments implements Iterator<Segment> {
        private final Iterator<Iterator<ColumnBatch>> runs;
        private final Iterator<Segment> held;
        private Iterator<ColumnBatch> run = Collections.emptyIterator();
        private int base;

        Segments(List<Iterator<ColumnBatch>> runs, Iterator<Segment> held) {
            this.runs = runs.iterator();
            this.held = held;
        }

        @Override
        public boolean hasNext() {
            while (!run.hasNext() && runs.hasNext()) {
                run = runs.next();
            }
            return run.hasNext() || held.hasNext();
        }

        @Override
        public Segment next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (!run.hasNext()) {
                return held.next();
            }
            ColumnBatch batch = run.next();
            Segment segment = new Segment(batch, 0, batch.numRows(), base);
            base += batch.numRows();
            return segment;
        }
    }

    /** Empties the group, deletes its files and gives its memory back. */
    void clear() {
        inMemory.clear();
        runs.forEach(BatchRun::delete);
        runs.clear();
        keyBatch = null;
        rows = 0;
        spilledRows = 0;
        bytes = 0;
        matched = null;
        memory.update(0);
        memory.close();
    }

    int spills() {
        return memory.spills();
    }

    @Override
    public void close() {
        clear();
    }
}
