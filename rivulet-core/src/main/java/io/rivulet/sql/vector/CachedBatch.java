package io.rivulet.sql.vector;

import static java.util.Objects.requireNonNull;

/**
 * A column batch as a cached DataFrame stores it (made by {@link CacheCodec}): each column encoded and
 * LZ4-compressed on its own, so that a query reading a few columns of the cache decompresses only those.
 * Immutable.
 */
public final class CachedBatch {
    private final int numRows;
    private final byte[][] columns;
    private final long sizeInBytes;

    CachedBatch(int numRows, byte[][] columns) {
        this.numRows = numRows;
        this.columns = requireNonNull(columns, "columns is null");
        long size = 32 + 16L * columns.length;
        for (byte[] column : columns) {
            size += column.length;
        }
        this.sizeInBytes = size;
    }

    public int numRows() {
        return numRows;
    }

    public int numColumns() {
        return columns.length;
    }

    /** Heap bytes held, for the storage memory budget. */
    public long sizeInBytes() {
        return sizeInBytes;
    }

    /** The encoded (compressed) bytes of one column. */
    public int columnBytes(int column) {
        return columns[column].length;
    }

    byte[] column(int column) {
        return columns[column];
    }

    @Override
    public String toString() {
        return "CachedBatch(" + numRows + " rows, " + columns.length + " columns, " + sizeInBytes + " bytes)";
    }
}
