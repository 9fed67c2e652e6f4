package io.rivulet.sql.execution.aggregate;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.util.Arrays;
import java.util.List;

/**
 * The table of any keys ({@link KeyShape#ROW}): each row's keys encoded into bytes ({@link RowKeyEncoder}),
 * slots of (hash, group id plus one) as in {@link BytesGroupTable}, the encoded keys of the groups in one array
 * for comparison, and the key values themselves appended to one builder per column when a group is added, which
 * gives the key columns at the end without decoding anything.
 */
final class RowGroupTable extends GroupTable {
    private final VectorBuilder[] keyBuilders;
    private long[] slots;
    private int mask;
    private int shift;
    private int size;
    private byte[] encoded = new byte[16 * MIN_CAPACITY];
    private int[] encodedOffsets = new int[MIN_CAPACITY + 1];
    private long[] groupHashes = new long[MIN_CAPACITY];

    RowGroupTable(List<DataType> keyTypes, boolean nullsAreKeys) {
        super(nullsAreKeys);
        keyBuilders = new VectorBuilder[keyTypes.size()];
        for (int i = 0; i < keyBuilders.length; i++) {
            keyBuilders[i] = VectorBuilder.forType(keyTypes.get(i), MIN_CAPACITY);
        }
        allocate(MIN_CAPACITY);
    }

    private void allocate(int capacity) {
        slots = new long[2 * capacity];
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    @Override
    public void findOrInsert(ColumnVector[] keys, int rows, int[] groupIds) {
        RowKeyEncoder.Encoded rowsEncoded = RowKeyEncoder.encode(keys, rows);
        boolean[] nulls = nullsAreKeys ? null : KeyValues.anyNull(keys, rows);
        for (int i = 0; i < rows; i++) {
            if (nulls != null && nulls[i]) {
                groupIds[i] = -1;
                continue;
            }
            groupIds[i] = insert(rowsEncoded, i, keys);
        }
    }

    private int insert(RowKeyEncoder.Encoded rows, int row, ColumnVector[] keys) {
        long hash = rows.hash(row);
        int slot = (int) (hash >>> shift);
        while (true) {
            long id = slots[2 * slot + 1];
            if (id == 0) {
                int group = addGroup(hash, rows, row, keys);
                slots[2 * slot] = hash;
                slots[2 * slot + 1] = group + 1L;
                if (2 * size > mask + 1) {
                    grow();
                }
                return group;
            }
            int group = (int) id - 1;
            if (slots[2 * slot] == hash
                    && rows.equals(row, encoded, encodedOffsets[group], encodedOffsets[group + 1])) {
                return group;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int addGroup(long hash, RowKeyEncoder.Encoded rows, int row, ColumnVector[] keys) {
        if (size + 1 == encodedOffsets.length) {
            encodedOffsets = Arrays.copyOf(encodedOffsets, 2 * encodedOffsets.length);
        }
        if (size == groupHashes.length) {
            groupHashes = Arrays.copyOf(groupHashes, 2 * size);
        }
        int start = encodedOffsets[size];
        int length = rows.length(row);
        if (start + length > encoded.length) {
            long wanted = Math.max(2L * encoded.length, (long) start + length);
            if (wanted > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("the keys of a hash table take more than 2 GB");
            }
            encoded = Arrays.copyOf(encoded, (int) wanted);
        }
        System.arraycopy(rows.data(), rows.offset(row), encoded, start, length);
        encodedOffsets[size + 1] = start + length;
        groupHashes[size] = hash;
        for (int k = 0; k < keyBuilders.length; k++) {
            keyBuilders[k].appendFrom(keys[k], row);
        }
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
        RowKeyEncoder.Encoded rowsEncoded = RowKeyEncoder.encode(keys, rows);
        boolean[] nulls = nullsAreKeys ? null : KeyValues.anyNull(keys, rows);
        for (int i = 0; i < rows; i++) {
            if (nulls != null && nulls[i]) {
                groupIds[i] = -1;
                continue;
            }
            long hash = rowsEncoded.hash(i);
            int slot = (int) (hash >>> shift);
            int group;
            while (true) {
                long id = slots[2 * slot + 1];
                group = (int) id - 1;
                if (id == 0
                        || (slots[2 * slot] == hash
                                && rowsEncoded.equals(i, encoded, encodedOffsets[group], encodedOffsets[group + 1]))) {
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
        ColumnVector[] columns = new ColumnVector[keyBuilders.length];
        for (int k = 0; k < columns.length; k++) {
            columns[k] = KeyValues.normalizeFloats(keyBuilders[k].build());
        }
        return columns;
    }

    @Override
    public long sortKey(int group) {
        return groupHashes[group];
    }

    @Override
    public long estimatedBytes() {
        long bytes = 96 + 8L * slots.length + encoded.length + 4L * encodedOffsets.length + 8L * groupHashes.length;
        for (VectorBuilder builder : keyBuilders) {
            bytes += builder.estimatedBytes();
        }
        return bytes;
    }
}
