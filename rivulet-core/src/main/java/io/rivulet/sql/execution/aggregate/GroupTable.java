package io.rivulet.sql.execution.aggregate;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;

/**
 * An open-addressing hash table from keys to dense group ids ({@code 0, 1, 2, ...} in the order the keys first
 * came): what a hash aggregation indexes its states by and a hash join its build rows by. Whole key columns go
 * in at once ({@link #findOrInsert}, {@link #find}), so that the probe is one tight loop over primitive arrays;
 * no object is made per row or per group.
 *
 * <p>Three layouts, by {@link KeyShape}: one primitive key in a {@code long[]} of (key, id) pairs ({@link
 * LongGroupTable}), one string key as (hash, id) pairs with the keys' bytes in one array ({@link
 * BytesGroupTable}), and any other keys encoded into bytes ({@link RowGroupTable}). A table with no key columns
 * has one group, for aggregation without grouping ({@link #create}).
 *
 * <p>Nulls: for aggregation ({@code nullsAreKeys}) a null key is a key like another (SQL's {@code GROUP BY}
 * puts nulls in one group, and for several columns, (1, null) is one group); for joins a row with a null key
 * matches nothing, so it gets group {@code -1} and is never inserted.
 *
 * <p>Not thread-safe while groups are added; once they are all in, {@link #find} may be called from any number of
 * threads (it writes nothing), so one table may serve every task of a broadcast join. {@link #keyColumns} is
 * called once, at the end: the table is spent after it.
 */
public abstract class GroupTable {
    /** Below this, tables do not start smaller: growing from tiny sizes costs more than the memory saved. */
    static final int MIN_CAPACITY = 64;

    protected final boolean nullsAreKeys;

    GroupTable(boolean nullsAreKeys) {
        this.nullsAreKeys = nullsAreKeys;
    }

    /** The table for keys of these types: the layout of {@link KeyShape#of}. */
    public static GroupTable create(List<DataType> keyTypes, boolean nullsAreKeys) {
        if (keyTypes.isEmpty()) {
            return new SingleGroupTable();
        }
        return switch (KeyShape.of(keyTypes)) {
            case LONG -> new LongGroupTable(keyTypes.get(0), nullsAreKeys);
            case BYTES -> new BytesGroupTable(keyTypes.get(0), nullsAreKeys);
            case ROW -> new RowGroupTable(keyTypes, nullsAreKeys);
        };
    }

    /**
     * Puts the group of each of rows {@code [0, rows)} of the key columns into {@code groupIds}, adding a group
     * for each new key; {@code -1} for a row with a null key when nulls are not keys.
     */
    public abstract void findOrInsert(ColumnVector[] keys, int rows, int[] groupIds);

    /** Puts the group of each row into {@code groupIds}, {@code -1} where the key has none (or is null). */
    public abstract void find(ColumnVector[] keys, int rows, int[] groupIds);

    /** The number of groups. */
    public abstract int size();

    /** The key columns of groups {@code [0, size())}, in id order; the table is spent after this. */
    public abstract ColumnVector[] keyColumns();

    /** Group {@code group}'s sort key, as {@link KeyValues#sortKeys} gives it for its key. */
    public abstract long sortKey(int group);

    /** The heap the table holds, for the memory manager. */
    public abstract long estimatedBytes();

    /** The capacity (a power of two) whose half holds {@code expected} keys. */
    static int capacityFor(int expected) {
        long wanted = Math.max(MIN_CAPACITY, 2L * expected);
        if (wanted > 1 << 30) {
            throw new IllegalStateException("a hash table cannot hold more than " + (1 << 29) + " keys: " + expected);
        }
        return Integer.highestOneBit((int) wanted - 1) << 1;
    }

    /** The table of aggregation without grouping: every row is in group 0. */
    private static final class SingleGroupTable extends GroupTable {
        private int size;

        SingleGroupTable() {
            super(true);
        }

        @Override
        public void findOrInsert(ColumnVector[] keys, int rows, int[] groupIds) {
            java.util.Arrays.fill(groupIds, 0, rows, 0);
            if (rows > 0) {
                size = 1;
            }
        }

        @Override
        public void find(ColumnVector[] keys, int rows, int[] groupIds) {
            java.util.Arrays.fill(groupIds, 0, rows, size == 1 ? 0 : -1);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public ColumnVector[] keyColumns() {
            return new ColumnVector[0];
        }

        @Override
        public long sortKey(int group) {
            return 0;
        }

        @Override
        public long estimatedBytes() {
            return 16;
        }
    }
}
