package io.rivulet.sql.vector;

import io.rivulet.sql.types.StructType;
import java.util.List;

/**
 * The encoding of cached DataFrames (issue 12): column batches compressed column by column, strings with a
 * dictionary when their values repeat (fewer distinct values than half the rows, at most 65,536), other values
 * as plain primitives; LZ4 over each column. Decoding gives back equal vectors (dictionaries are expanded).
 */
public final class CacheCodec {
    private static final int MAGIC = 0x31435652; // "RVC1", little-endian

    private CacheCodec() {}

    public static CachedBatch encode(ColumnBatch batch, StructType schema) {
        BatchCodec.checkFits(batch, schema);
        byte[][] columns = new byte[batch.numColumns()][];
        for (int i = 0; i < columns.length; i++) {
            ColumnVector column = batch.column(i);
            ByteSink sink = new ByteSink((int) Math.min(1 << 20, column.estimatedBytes()));
            ColumnWriter.write(column, sink, true);
            Lz4.Frame frame = Lz4.compress(MAGIC, sink.array(), sink.position());
            columns[i] = java.util.Arrays.copyOf(frame.bytes(), frame.length());
        }
        return new CachedBatch(batch.numRows(), columns);
    }

    public static ColumnBatch decode(CachedBatch cached, StructType schema) {
        int[] all = new int[cached.numColumns()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return decode(cached, schema, all);
    }

    /** The columns at {@code columns} (indexes into {@code schema}, the cached batch's full schema), in that order. */
    public static ColumnBatch decode(CachedBatch cached, StructType schema, int[] columns) {
        if (schema.length() != cached.numColumns()) {
            throw new IllegalArgumentException("A cached batch of " + cached.numColumns()
                    + " columns read with a schema of " + schema.length() + " fields: " + schema.simpleString());
        }
        ColumnVector[] vectors = new ColumnVector[columns.length];
        for (int i = 0; i < columns.length; i++) {
            byte[] bytes = cached.column(columns[i]);
            Lz4.Header header = Lz4.header(MAGIC, bytes, 0, "a cached column");
            byte[] raw = Lz4.decompress(header, bytes, Lz4.HEADER);
            ByteSource in = new ByteSource(raw, 0, raw.length);
            vectors[i] = ColumnReader.read(schema.field(columns[i]).dataType(), cached.numRows(), in);
            if (in.hasRemaining()) {
                throw new IllegalStateException("Corrupt cached column " + columns[i] + ": bytes left at its end");
            }
        }
        return new ColumnBatch(cached.numRows(), List.of(vectors));
    }

    /** Whether column {@code column} is stored with a string dictionary at its top level (for tests and explain). */
    public static boolean isDictionaryEncoded(CachedBatch cached, int column) {
        byte[] bytes = cached.column(column);
        Lz4.Header header = Lz4.header(MAGIC, bytes, 0, "a cached column");
        byte[] raw = Lz4.decompress(header, bytes, Lz4.HEADER);
        return raw.length > 0 && (raw[0] & ColumnWriter.DICTIONARY) != 0;
    }
}
