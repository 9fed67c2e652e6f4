package io.rivulet.sql.vector;

import io.rivulet.sql.types.StructType;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * The binary format of column batches in shuffles and spills: a columnar encoding (see {@link ColumnWriter}: null
 * masks as bits, primitive arrays as raw little-endian values, strings as offsets and bytes, children after
 * their parents) compressed with LZ4. Never Java or Fory object serialization: a batch of longs is written with
 * one bulk copy per column.
 *
 * <p>The schema is not written: the reader passes the same one (its field types; names and nullability do not
 * matter). A frame is {@code "RVB1" codec rawLength storedLength} and the body {@code numRows:i32 numColumns:i32}
 * then the columns; so frames can follow each other in one stream, and {@link #read} returns null at its end.
 */
public final class BatchCodec {
    private static final int MAGIC = 0x31425652; // "RVB1", little-endian

    private BatchCodec() {}

    public static byte[] encode(ColumnBatch batch, StructType schema) {
        Lz4.Frame frame = frame(batch, schema);
        return Arrays.copyOf(frame.bytes(), frame.length());
    }

    public static ColumnBatch decode(byte[] bytes, StructType schema) {
        if (bytes.length < Lz4.HEADER) {
            throw new IllegalStateException("Not an encoded batch: " + bytes.length + " bytes");
        }
        Lz4.Header header = Lz4.header(MAGIC, bytes, 0, "an encoded batch");
        if (Lz4.HEADER + header.storedLength() != bytes.length) {
            throw new IllegalStateException("Not an encoded batch: " + bytes.length + " bytes for a frame of "
                    + (Lz4.HEADER + header.storedLength()));
        }
        return body(Lz4.decompress(header, bytes, Lz4.HEADER), schema);
    }

    public static void write(ColumnBatch batch, StructType schema, OutputStream out) throws IOException {
        Lz4.Frame frame = frame(batch, schema);
        out.write(frame.bytes(), 0, frame.length());
    }

    /** The next batch of {@code in}, or null at the end of the stream; {@code EOFException} if a frame is cut. */
    public static ColumnBatch read(InputStream in, StructType schema) throws IOException {
        byte[] headerBytes = in.readNBytes(Lz4.HEADER);
        if (headerBytes.length == 0) {
            return null;
        }
        if (headerBytes.length < Lz4.HEADER) {
            throw new EOFException("A batch frame is cut short in its header");
        }
        Lz4.Header header = Lz4.header(MAGIC, headerBytes, 0, "an encoded batch");
        byte[] stored = in.readNBytes(header.storedLength());
        if (stored.length < header.storedLength()) {
            throw new EOFException(
                    "A batch frame is cut short: " + stored.length + " of " + header.storedLength() + " bytes");
        }
        return body(Lz4.decompress(header, stored, 0), schema);
    }

    private static Lz4.Frame frame(ColumnBatch batch, StructType schema) {
        checkFits(batch, schema);
        ByteSink sink = new ByteSink((int) Math.min(1 << 20, batch.estimatedBytes()));
        sink.putInt(batch.numRows());
        sink.putInt(batch.numColumns());
        for (ColumnVector column : batch.columns()) {
            ColumnWriter.write(column, sink, false);
        }
        return Lz4.compress(MAGIC, sink.array(), sink.position());
    }

    private static ColumnBatch body(byte[] raw, StructType schema) {
        ByteSource in = new ByteSource(raw, 0, raw.length);
        int rows = in.getInt();
        int columns = in.getInt();
        if (columns != schema.length() || rows < 0) {
            throw new IllegalArgumentException("An encoded batch of " + columns + " columns read with a schema of "
                    + schema.length() + " fields: " + schema.simpleString());
        }
        ColumnVector[] vectors = new ColumnVector[columns];
        for (int i = 0; i < columns; i++) {
            vectors[i] = ColumnReader.read(schema.field(i).dataType(), rows, in);
        }
        if (in.hasRemaining()) {
            throw new IllegalStateException("Corrupt batch: bytes left after its last column");
        }
        return new ColumnBatch(rows, List.of(vectors));
    }

    /** The batch's columns must have the schema's field types (nullability aside). */
    static void checkFits(ColumnBatch batch, StructType schema) {
        if (batch.numColumns() != schema.length()) {
            throw new IllegalArgumentException("A batch of " + batch.numColumns() + " columns does not fit the "
                    + schema.length() + " fields of " + schema.simpleString());
        }
        for (int i = 0; i < schema.length(); i++) {
            if (!Types.sameIgnoringNullability(
                    batch.column(i).type(), schema.field(i).dataType())) {
                throw new IllegalArgumentException("Column " + i + " of the batch has type "
                        + batch.column(i).type().simpleString() + " but field "
                        + schema.field(i).name()
                        + " has type " + schema.field(i).dataType().simpleString());
            }
        }
    }
}
