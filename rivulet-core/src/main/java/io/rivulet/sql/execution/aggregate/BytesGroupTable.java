package io.rivulet.sql.execution.aggregate;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.StringUtf8;
import java.util.Arrays;

/**
 * The table of one string or binary key ({@link KeyShape#BYTES}): slot {@code s} holds the key's XXH64 hash
 * ({@code slots[2s]}) and its group id plus one ({@code slots[2s + 1]}, 0: empty); the keys' bytes are in one
 * array in group order ({@code keyBytes}, {@code keyOffsets}), which is also the key column the table gives at the
 * end. A probe compares hashes and only then bytes; no {@code String} is ever made.
 */
final class BytesGroupTable extends GroupTable {
    private final DataType type;
    private long[] slots;
    private int mask;
    private int shift;
    private int size;
    private byte[] keyBytes = new byte[16 * MIN_CAPACITY];
    private int[] keyOffsets = new int[MIN_CAPACITY + 1];
    private long[] groupHashes = new long[MIN_CAPACITY];
    private int nullGroup = -1;
    private long[] hashes = new long[0];

    BytesGroupTable(DataType type, boolean nullsAreKeys) {
        super(nullsAreKeys);
        this.type = type;
        allocate(MIN_CAPACITY);
    }

    private void allocate(int capacity) {
        slots = new long[2 * capacity];
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    private long[] hashes(BytesVector key, int rows) {
        if (hashes.length < rows) {
            hashes = new long[Math.max(rows, 16)];
        }
        return hashes(key, rows, hashes);
    }

    private static long[] hashes(BytesVector key, int rows, long[] hashes) {
        byte[] data = key.bytes();
        int[] offsets = key.offsets();
        for (int i = 0; i < rows; i++) {
            hashes[i] = StringUtf8.hash(data, offsets[i], offsets[i + 1] - offsets[i]);
        }
        return hashes;
    }

    @Override
    public void findOrInsert(ColumnVector[] keys, int rows, int[] groupIds) {
        BytesVector key = (BytesVector) keys[0];
        long[] hash = hashes(key, rows);
        boolean[] nulls = key.nulls();
        byte[] data = key.bytes();
        int[] offsets = key.offsets();
        for (int i = 0; i < rows; i++) {
            if (nulls != null && nulls[i]) {
                groupIds[i] = nullGroup();
                continue;
            }
            groupIds[i] = insert(hash[i], data, offsets[i], offsets[i + 1]);
        }
    }

    private int nullGroup() {
        if (!nullsAreKeys) {
            return -1;
        }
        if (nullGroup < 0) {
            nullGroup = addGroup(0, null, 0, 0);
        }
        return nullGroup;
    }

    private int insert(long hash, byte[] data, int from, int to) {
        int slot = (int) (hash >>> shift);
        while (true) {
            long id = slots[2 * slot + 1];
            if (id == 0) {
                int group = addGroup(hash, data, from, to);
                slots[2 * slot] = hash;
                slots[2 * slot + 1] = group + 1L;
                if (2 * (size - (nullGroup >= 0 ? 1 : 0)) > mask + 1) {
                    grow();
                }
                return group;
            }
            if (slots[2 * slot] == hash && sameKey((int) id - 1, data, from, to)) {
                return (int) id - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean sameKey(int group, byte[] data, int from, int to) {
        return Arrays.equals(keyBytes, keyOffsets[group], keyOffsets[group + 1], data, from, to);
    }

    private int addGroup(long hash, byte[] data, int from, int to) {
        if (size + 1 == keyOffsets.length) {
            keyOffsets = Arrays.copyOf(keyOffsets, 2 * keyOffsets.length);
        }
        if (size == groupHashes.length) {
            groupHashes = Arrays.copyOf(groupHashes, 2 * size);
        }
        int start = keyOffsets[size];
        int length = to - from;
        if (start + length > keyBytes.length) {
            long wanted = Math.max(2L * keyBytes.length, (long) start + length);
            if (wanted > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("the keys of a hash table take more than 2 GB");
            }
            keyBytes = Arrays.copyOf(keyBytes, (int) wanted);
        }
        if (length > 0) {
            System.arraycopy(data, from, keyBytes, start, length);
        }
        keyOffsets[size + 1] = start + length;
        groupHashes[size] = hash;
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
                int slot = (int) (old[i] >>> shift);
                while (slots[2 * slot + 1] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[2 * slot] = old[i];
                slots[2 * slot + 1] = old[i + 1];
            }
        }
    }

    @Override
    public void find(ColumnVector[] keys, int rows, int[] groupIds) {
        BytesVector key = (BytesVector) keys[0];
        // A local array: once built, a table may be probed by several tasks at once (a broadcast join).
        long[] hash = hashes(key, rows, new long[rows]);
        boolean[] nulls = key.nulls();
        byte[] data = key.bytes();
        int[] offsets = key.offsets();
        for (int i = 0; i < rows; i++) {
            if (nulls != null && nulls[i]) {
                groupIds[i] = nullsAreKeys ? nullGroup : -1;
                continue;
            }
            int slot = (int) (hash[i] >>> shift);
            int group;
            while (true) {
                long id = slots[2 * slot + 1];
                if (id == 0) {
                    group = -1;
                    break;
                }
                if (slots[2 * slot] == hash[i] && sameKey((int) id - 1, data, offsets[i], offsets[i + 1])) {
                    group = (int) id - 1;
                    break;
                }
                slot = (slot + 1) & mask;
            }
            groupIds[i] = group;
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
        BytesVector keys = new BytesVector(type, size, keyBytes, keyOffsets, nulls);
        keyBytes = new byte[0];
        keyOffsets = new int[1];
        return new ColumnVector[] {keys};
    }

    @Override
    public long sortKey(int group) {
        return groupHashes[group];
    }

    @Override
    public long estimatedBytes() {
        return 96
                + 8L * slots.length
                + keyBytes.length
                + 4L * keyOffsets.length
                + 8L * groupHashes.length
                + 8L * hashes.length;
    }
}
