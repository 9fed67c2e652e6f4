package io.rivulet.sql.execution.aggregate;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.IntVector;
import java.util.Arrays;

/**
 * The table of one primitive key ({@link KeyShape#LONG}): slot {@code s} is {@code slots[2s]}, the key, and
 * {@code slots[2s + 1]}, its group id plus one (0: empty), so that a probe reads one cache line and no object.
 * The slot is chosen by Fibonacci hashing (the key times 2^64 divided by the golden ratio, top bits), which
 * spreads consecutive keys and, taking the top bits, does not cluster the keys an exchange sent to one
 * partition by their low bits. Linear probing; the table doubles when half full.
 *
 * <p>The null key, when it is a key, is a group of its own outside the slots.
 */
final class LongGroupTable extends GroupTable {
    private final DataType type;
    private long[] slots;
    private int mask;
    private int shift;
    private int size;
    private long[] groupKeys = new long[MIN_CAPACITY];
    private int nullGroup = -1;
    private long[] scratch;

    LongGroupTable(DataType type, boolean nullsAreKeys) {
        super(nullsAreKeys);
        this.type = type;
        allocate(MIN_CAPACITY);
    }

    private void allocate(int capacity) {
        slots = new long[2 * capacity];
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    @Override
    public void findOrInsert(ColumnVector[] keys, int rows, int[] groupIds) {
        ColumnVector key = keys[0];
        boolean[] nulls = key.nulls();
        if (key instanceof IntVector ints && nulls == null) {
            int[] values = ints.values();
            for (int i = 0; i < rows; i++) {
                groupIds[i] = insert(values[i]);
            }
            return;
        }
        long[] values = KeyValues.longs(key, rows, scratch);
        if (values != scratch && !(key instanceof io.rivulet.sql.vector.LongVector)) {
            scratch = values;
        }
        if (nulls == null) {
            for (int i = 0; i < rows; i++) {
                groupIds[i] = insert(values[i]);
            }
        } else {
            for (int i = 0; i < rows; i++) {
                groupIds[i] = nulls[i] ? nullGroup() : insert(values[i]);
            }
        }
    }

    private int nullGroup() {
        if (!nullsAreKeys) {
            return -1;
        }
        if (nullGroup < 0) {
            nullGroup = addGroup(0);
        }
        return nullGroup;
    }

    /** The group of {@code key}, added if new. */
    private int insert(long key) {
        long[] table = slots;
        int slot = (int) ((key * KeyValues.GOLDEN) >>> shift);
        while (true) {
            long id = table[2 * slot + 1];
            if (id == 0) {
                return add(slot, key);
            }
            if (table[2 * slot] == key) {
                return (int) id - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int add(int slot, long key) {
        int group = addGroup(key);
        slots[2 * slot] = key;
        slots[2 * slot + 1] = group + 1L;
        if (2 * (size - (nullGroup >= 0 ? 1 : 0)) > mask + 1) {
            grow();
        }
        return group;
    }

    private int addGroup(long key) {
        if (size == groupKeys.length) {
            groupKeys = Arrays.copyOf(groupKeys, 2 * size);
        }
        groupKeys[size] = key;
        return size++;
    }

    private void grow() {
        long[] old = slots;
        int capacity = 2 * (mask + 1);
        if (capacity > 1 << 30) {
            throw new IllegalStateException("a hash table cannot hold more than " + (1 << 29) + " keys");
        }
        allocate(capacity);
        for (int i = 0; i < old.length; i += 2) {
            if (old[i + 1] != 0) {
                long key = old[i];
                int slot = (int) ((key * KeyValues.GOLDEN) >>> shift);
                while (slots[2 * slot + 1] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[2 * slot] = key;
                slots[2 * slot + 1] = old[i + 1];
            }
        }
    }

    @Override
    public void find(ColumnVector[] keys, int rows, int[] groupIds) {
        ColumnVector key = keys[0];
        if (key instanceof IntVector ints) {
            int[] values = ints.values();
            boolean[] nulls = key.nulls();
            for (int i = 0; i < rows; i++) {
                groupIds[i] = nulls != null && nulls[i] ? nullGroupOrNone() : lookup(values[i]);
            }
            return;
        }
        // Local arrays only: once built, a table may be probed by several tasks at once (a broadcast join).
        long[] values = KeyValues.longs(key, rows, null);
        boolean[] nulls = key.nulls();
        if (nulls == null) {
            for (int i = 0; i < rows; i++) {
                groupIds[i] = lookup(values[i]);
            }
        } else {
            for (int i = 0; i < rows; i++) {
                groupIds[i] = nulls[i] ? nullGroupOrNone() : lookup(values[i]);
            }
        }
    }

    private int nullGroupOrNone() {
        return nullsAreKeys ? nullGroup : -1;
    }

    private int lookup(long key) {
        long[] table = slots;
        int slot = (int) ((key * KeyValues.GOLDEN) >>> shift);
        while (true) {
            long id = table[2 * slot + 1];
            if (id == 0 || table[2 * slot] == key) {
                return (int) id - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public ColumnVector[] keyColumns() {
        boolean[] nulls = null;
        if (nullGroup >= 0) {
            nulls = new boolean[size];
            nulls[nullGroup] = true;
        }
        return new ColumnVector[] {KeyValues.fromLongs(type, groupKeys, nulls, size)};
    }

    @Override
    public long sortKey(int group) {
        return groupKeys[group];
    }

    @Override
    public long estimatedBytes() {
        return 64 + 8L * slots.length + 8L * groupKeys.length;
    }
}
