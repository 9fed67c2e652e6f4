package io.rivulet.sql.execution.aggregate;

import io.rivulet.sql.expr.AggregateFunction.GroupedState;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.LongVector;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * One task of a {@link HashAggregateExec}: the input's batches go into a {@link GroupTable} (key columns to
 * dense group ids) and each function's {@link GroupedState} (updated from its arguments or merged from partial
 * states, a whole batch at a time); at the end the groups' keys and results (or partial states) come out in
 * batches of {@link ColumnBatch#DEFAULT_ROWS} rows.
 *
 * <p>Memory: the table and the states charge their {@code estimatedBytes()} to the task's execution memory after
 * every batch. When the task cannot get more:
 *
 * <ul>
 *   <li>a partial step ({@link AggregationSpec#mayEmitEarly}) emits the groups it has and starts over: its
 *       output may hold a key twice, the final step merges them;
 *   <li>any other step spills: its groups sorted by key ({@link KeyValues#sortKeys}: the key for one primitive
 *       key, else its hash) and written with their partial states as a run ({@link BatchRun}); at the end the
 *       runs and what is still in memory, sorted the same way, are merged by {@link RunMerge}, a key range at a
 *       time (sort-based aggregation). A hot key is one group, so it never makes the table grow; its state is
 *       small unless the function collects (then it is spilled and merged as any other state).
 * </ul>
 *
 * <p>Not thread-safe: an iterator of one task.
 */
final class HashAggregation implements Iterator<ColumnBatch> {
    private final AggregationSpec spec;
    private final TaskResources resources;
    private final Iterator<ColumnBatch> input;
    private final MemoryGrant grant;
    private final SpillingMemory spilling;
    private final List<BatchRun> runs = new ArrayList<>();
    private final ArrayDeque<ColumnBatch> pending = new ArrayDeque<>();
    private Iterator<ColumnBatch> tail;
    private GroupTable table;
    private GroupedState[] states;
    private int[] groupIds = new int[ColumnBatch.DEFAULT_ROWS];

    HashAggregation(AggregationSpec spec, TaskResources resources, Iterator<ColumnBatch> input) {
        this.spec = spec;
        this.resources = resources;
        this.input = input;
        this.grant = spec.mayEmitEarly() ? resources.grant() : null;
        this.spilling =
                spec.mayEmitEarly() ? null : new SpillingMemory(resources.memory(), "hash aggregation", this::spill);
        resources.context().addCompletionCallback(this::releaseMemory);
        reset();
    }

    private void reset() {
        table = newTable();
        states = newStates();
    }

    GroupTable newTable() {
        return GroupTable.create(spec.keyTypes(), true);
    }

    GroupedState[] newStates() {
        GroupedState[] made = new GroupedState[spec.functionCount()];
        for (int f = 0; f < made.length; f++) {
            made[f] = spec.functions().get(f).newState();
        }
        return made;
    }

    @Override
    public boolean hasNext() {
        while (true) {
            if (!pending.isEmpty()) {
                return true;
            }
            if (tail != null) {
                return tail.hasNext();
            }
            if (input.hasNext()) {
                add(input.next());
            } else {
                tail = finish();
            }
        }
    }

    @Override
    public ColumnBatch next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.isEmpty() ? tail.next() : pending.poll();
    }

    private void add(ColumnBatch batch) {
        int rows = batch.numRows();
        if (rows == 0) {
            return;
        }
        ColumnVector[] keys = evaluate(spec.keys(), batch);
        if (groupIds.length < rows) {
            groupIds = new int[rows];
        }
        table.findOrInsert(keys, rows, groupIds);
        int groups = table.size();
        for (int f = 0; f < states.length; f++) {
            states[f].ensureGroups(groups);
            if (spec.updates(f)) {
                states[f].update(groupIds, rows, evaluate(spec.arguments().get(f), batch));
            } else {
                states[f].merge(
                        groupIds, rows, columns(batch, spec.stateOrdinals().get(f)));
            }
        }
        resources.eval().advance(rows);
        checkMemory();
    }

    private ColumnVector[] evaluate(List<Expression> expressions, ColumnBatch batch) {
        ColumnVector[] vectors = new ColumnVector[expressions.size()];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = expressions.get(i).eval(batch, resources.eval());
        }
        return vectors;
    }

    private static ColumnVector[] columns(ColumnBatch batch, int[] ordinals) {
        ColumnVector[] vectors = new ColumnVector[ordinals.length];
        for (int i = 0; i < ordinals.length; i++) {
            vectors[i] = batch.column(ordinals[i]);
        }
        return vectors;
    }

    private long estimatedBytes() {
        long bytes = table.estimatedBytes() + 4L * groupIds.length;
        for (GroupedState state : states) {
            bytes += state.estimatedBytes();
        }
        return bytes;
    }

    private void checkMemory() {
        long bytes = estimatedBytes();
        if (grant != null) {
            if (!grant.fits(bytes)) {
                pending.addAll(output(table, states));
                reset();
                grant.close();
            }
        } else {
            spilling.update(bytes);
        }
    }

    /** Writes the groups, sorted, as a run and starts over: {rows, bytes} written. */
    private long[] spill() {
        BatchRun.Writer writer = BatchRun.writer(
                resources.memory().tempFiles(), "spill-aggregation", spec.runSchema(), resources.context());
        for (ColumnBatch batch : sortedGroups(table, states)) {
            writer.write(batch);
        }
        BatchRun run = writer.finish();
        runs.add(run);
        reset();
        return new long[] {run.rows(), run.bytes()};
    }

    /** The groups as batches of the run schema, ordered by sort key. */
    private List<ColumnBatch> sortedGroups(GroupTable groups, GroupedState[] groupStates) {
        int n = groups.size();
        long[] sortKeys = new long[n];
        for (int g = 0; g < n; g++) {
            sortKeys[g] = groups.sortKey(g);
        }
        int[] order = LongSort.order(sortKeys, n);
        List<ColumnVector> columns = new ArrayList<>();
        columns.add(new LongVector(DataTypes.LongType, n, LongSort.gather(sortKeys, order, n), null));
        for (ColumnVector key : groups.keyColumns()) {
            columns.add(key.gather(order, n));
        }
        for (GroupedState state : groupStates) {
            for (ColumnVector partial : state.partials(n)) {
                columns.add(partial.gather(order, n));
            }
        }
        return slices(new ColumnBatch(n, columns));
    }

    private static List<ColumnBatch> slices(ColumnBatch all) {
        int rows = all.numRows();
        if (rows <= ColumnBatch.DEFAULT_ROWS) {
            return rows == 0 ? List.of() : List.of(all);
        }
        List<ColumnBatch> slices = new ArrayList<>();
        for (int from = 0; from < rows; from += ColumnBatch.DEFAULT_ROWS) {
            slices.add(all.slice(from, Math.min(rows, from + ColumnBatch.DEFAULT_ROWS)));
        }
        return slices;
    }

    private Iterator<ColumnBatch> finish() {
        if (runs.isEmpty()) {
            List<ColumnBatch> out = output(table, states);
            table = null;
            states = null;
            releaseMemory();
            return out.iterator();
        }
        List<Iterator<ColumnBatch>> sources = new ArrayList<>();
        sources.add(sortedGroups(table, states).iterator());
        table = null;
        states = null;
        releaseMemory();
        for (BatchRun run : runs) {
            sources.add(run.read(resources.context()));
        }
        return new RunMerge(this, spec.keyTypes().size(), sources, () -> runs.forEach(BatchRun::delete));
    }

    private void releaseMemory() {
        if (grant != null) {
            grant.close();
        } else {
            spilling.close();
        }
    }

    /** Merges rows of the run schema (a slice of a run) into a block's table and states. */
    void mergeRun(GroupTable blockTable, GroupedState[] blockStates, ColumnBatch slice) {
        int rows = slice.numRows();
        int keyCount = spec.keyTypes().size();
        ColumnVector[] keys = new ColumnVector[keyCount];
        for (int k = 0; k < keyCount; k++) {
            keys[k] = slice.column(1 + k);
        }
        int[] ids = rows <= groupIds.length ? groupIds : new int[rows];
        blockTable.findOrInsert(keys, rows, ids);
        int column = 1 + keyCount;
        for (int f = 0; f < blockStates.length; f++) {
            int width = spec.functions().get(f).stateTypes().size();
            ColumnVector[] partial = new ColumnVector[width];
            for (int s = 0; s < width; s++) {
                partial[s] = slice.column(column++);
            }
            blockStates[f].ensureGroups(blockTable.size());
            blockStates[f].merge(ids, rows, partial);
        }
    }

    /**
     * The output of groups {@code [0, size)}: the keys and the results through the result expressions, or the
     * keys and the partial states; an aggregation without grouping that gives results has one group even over
     * no input (a {@code count} of 0, a {@code sum} of null).
     */
    List<ColumnBatch> output(GroupTable groups, GroupedState[] groupStates) {
        int n = groups.size();
        if (n == 0 && spec.keys().isEmpty() && spec.givesResults()) {
            n = 1;
            for (GroupedState state : groupStates) {
                state.ensureGroups(1);
            }
        }
        if (n == 0) {
            return List.of();
        }
        List<ColumnVector> columns = new ArrayList<>();
        if (!spec.keys().isEmpty()) {
            Collections.addAll(columns, groups.keyColumns());
        }
        for (GroupedState state : groupStates) {
            if (spec.givesResults()) {
                columns.add(state.results(n));
            } else {
                Collections.addAll(columns, state.partials(n));
            }
        }
        List<ColumnBatch> slices = slices(new ColumnBatch(n, columns));
        if (!spec.givesResults()) {
            return slices;
        }
        List<ColumnBatch> out = new ArrayList<>(slices.size());
        for (ColumnBatch slice : slices) {
            out.add(new ColumnBatch(slice.numRows(), List.of(evaluate(spec.results(), slice))));
        }
        return out;
    }
}
