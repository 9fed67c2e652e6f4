package io.rivulet.sql.execution;

import io.rivulet.memory.SpillFile;
import io.rivulet.memory.Spillable;
import io.rivulet.memory.TaskMemory;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Sorts the batches of one task within its execution memory, as the RDD engine's {@code ExternalSorter} sorts
 * records: batches are buffered; when the task cannot get memory for more, the buffer is sorted and written to a
 * spill file as a run of batches ({@link BatchSerializer}: columnar, compressed); at the end the runs are merged.
 *
 * <p>In memory, a buffer is sorted by concatenating its batches into one (a bulk copy per column), ordering the
 * row positions ({@link ColumnOrdering#sort}: radix on a single primitive key, else a specialized merge sort) and
 * gathering the positions a batch at a time, so every step is a tight loop over primitive arrays. The buffer is
 * accounted at twice its size, for the concatenated copy. The merge of spilled runs compares one row at a time and
 * appends each to builders. Once anything spilled, the rest is spilled too and every run merged from disk, so that
 * the memory is given back to whatever reads the sorted rows (as {@code ExternalSorter} does).
 *
 * <p>Not thread-safe: one per task. Spill files are deleted when the task ends.
 */
final class ExternalBatchSorter extends Spillable {
    /** Beyond this a buffer spills whatever memory there is: one concatenated batch must stay well within int. */
    private static final long MAX_BUFFER_ROWS = 1 << 24;

    private static final long MAX_BUFFER_BYTES = 1L << 30;

    private final StructType schema;
    private final ColumnOrdering ordering;
    private final BatchSerializer serializer;
    private final List<SpillFile> spills = new ArrayList<>();
    private List<ColumnBatch> buffer = new ArrayList<>();
    private long bufferedBytes;
    private long bufferedRows;

    /** A sorter of batches of {@code schema} by {@code ordering} (over the batches' columns). */
    ExternalBatchSorter(TaskMemory memory, StructType schema, ColumnOrdering ordering) {
        super(memory, "sort buffer", 0);
        this.schema = schema;
        this.ordering = ordering;
        this.serializer = new BatchSerializer(schema);
    }

    void insert(ColumnBatch batch) {
        if (batch.numRows() == 0) {
            return;
        }
        buffer.add(batch);
        bufferedBytes += batch.estimatedBytes();
        bufferedRows += batch.numRows();
        maybeSpill();
        if (bufferedRows > MAX_BUFFER_ROWS || bufferedBytes > MAX_BUFFER_BYTES) {
            spillAndRelease("a sort buffer of " + bufferedRows + " rows and about " + bufferedBytes
                    + " bytes reached the largest one batch may sort");
        }
    }

    @Override
    protected long estimatedBytes() {
        return 2 * bufferedBytes;
    }

    int spills() {
        return spillCount();
    }

    @Override
    protected long[] spill() {
        Iterator<ColumnBatch> run = sortBuffer();
        SpillFile file = SpillFile.write(memory.tempFiles().newFile("spill-sql-sort"), serializer, 1, s -> run);
        memory.context().addCompletionCallback(file::delete);
        spills.add(file);
        return new long[] {file.totalRecords(), file.totalBytes()};
    }

    /** The buffer's rows in order, as batches; the buffer is empty afterwards. */
    private Iterator<ColumnBatch> sortBuffer() {
        List<ColumnBatch> batches = buffer;
        buffer = new ArrayList<>();
        bufferedBytes = 0;
        bufferedRows = 0;
        if (batches.isEmpty()) {
            return java.util.Collections.emptyIterator();
        }
        ColumnBatch all = Batches.concat(batches);
        batches.clear();
        return inOrder(all, ordering.sort(all));
    }

    /** The rows of {@code batch} at {@code order}, a batch of {@link ColumnBatch#DEFAULT_ROWS} at a time. */
    static Iterator<ColumnBatch> inOrder(ColumnBatch batch, int[] order) {
        return new Iterator<>() {
            private int from;

            @Override
            public boolean hasNext() {
                return from < order.length;
            }

            @Override
            public ColumnBatch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int to = Math.min(order.length, from + ColumnBatch.DEFAULT_ROWS);
                int[] positions = from == 0 && to == order.length ? order : Arrays.copyOfRange(order, from, to);
                from = to;
                return batch.gather(positions, positions.length);
            }
        };
    }

    /** Every row inserted, in order, in batches of about {@link ColumnBatch#DEFAULT_ROWS}. The sorter is spent. */
    Iterator<ColumnBatch> sorted() {
        if (spills.isEmpty()) {
            Iterator<ColumnBatch> result = sortBuffer();
            releaseMemory();
            return result;
        }
        if (!buffer.isEmpty()) {
            spillAndRelease("the rest of a sort buffer that spilled before, so that its merge reads only from disk");
        }
        releaseMemory();
        List<Iterator<ColumnBatch>> runs = new ArrayList<>();
        for (SpillFile file : spills) {
            runs.add(file.read(0, memory.context()));
        }
        return merge(runs, ordering, schema);
    }

    /** The rows of sorted runs merged in order, a batch of about {@link ColumnBatch#DEFAULT_ROWS} at a time. */
    static Iterator<ColumnBatch> merge(List<Iterator<ColumnBatch>> runs, ColumnOrdering ordering, StructType schema) {
        PriorityQueue<Cursor> heap = new PriorityQueue<>((a, b) -> {
            int c = ordering.compare(a.batch, a.row, b.batch, b.row);
            return c != 0 ? c : Integer.compare(a.run, b.run); // stable: earlier runs first
        });
        for (int r = 0; r < runs.size(); r++) {
            Cursor cursor = new Cursor(runs.get(r), r);
            if (cursor.advance()) {
                heap.add(cursor);
            }
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heap.isEmpty();
            }

            @Override
            public ColumnBatch next() {
                if (heap.isEmpty()) {
                    throw new NoSuchElementException();
                }
                VectorBuilder[] builders = new VectorBuilder[schema.length()];
                for (int c = 0; c < builders.length; c++) {
                    builders[c] = VectorBuilder.forType(schema.field(c).dataType(), ColumnBatch.DEFAULT_ROWS);
                }
                int rows = 0;
                while (rows < ColumnBatch.DEFAULT_ROWS && !heap.isEmpty()) {
                    Cursor top = heap.poll();
                    for (int c = 0; c < builders.length; c++) {
                        builders[c].appendFrom(top.batch.column(c), top.row);
                    }
                    rows++;
                    if (top.advance()) {
                        heap.add(top);
                    }
                }
                ColumnVector[] columns = new ColumnVector[builders.length];
                for (int c = 0; c < columns.length; c++) {
                    columns[c] = builders[c].build();
                }
                return new ColumnBatch(rows, List.of(columns));
            }
        };
    }

    /** A position in one sorted run. */
    private static final class Cursor {
        final Iterator<ColumnBatch> source;
        final int run;
        ColumnBatch batch;
        int row = -1;

        Cursor(Iterator<ColumnBatch> source, int run) {
            this.source = source;
            this.run = run;
        }

        /** Moves to the next row; false at the end of the run. */
        boolean advance() {
            row++;
            while (batch == null || row >= batch.numRows()) {
                if (!source.hasNext()) {
                    batch = null;
                    return false;
                }
                batch = source.next();
                row = 0;
            }
            return true;
        }
    }
}
