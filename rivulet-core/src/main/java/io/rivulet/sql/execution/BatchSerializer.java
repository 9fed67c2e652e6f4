package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.serializer.Serializer;
import io.rivulet.sql.vector.BatchCodec;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.util.Sneaky;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The serializer of exchanges and of spilled sort runs: column batches written with {@link BatchCodec} (columnar,
 * LZ4-compressed, one bulk copy per primitive column), never row by row through a generic object serializer.
 * Records are {@link PartitionedBatch}es (an exchange's) or plain {@link ColumnBatch}es (a spill's); each frame is
 * a 4-byte tag (the partition, or -1 for a plain batch) followed by the batch's codec frame, and the stream ends
 * where the input does.
 *
 * <p>The writer of one shuffle bucket ({@link #newWriter}) merges the small sub-batches a map task makes for each
 * reduce partition (a 4,096-row batch spread over 200 partitions gives 20-row pieces) until they hold a full
 * batch, so that the stream carries few large frames; it then writes fewer records than it was given, and says
 * so: {@link RecordWriter#finish()} returns the frames written, which is what {@link #readAll} gives back.
 */
public final class BatchSerializer implements Serializer {
    private static final int PLAIN = -1;

    private final io.rivulet.sql.types.StructType schema;

    /** A serializer of batches whose columns have {@code schema}'s types. */
    public BatchSerializer(io.rivulet.sql.types.StructType schema) {
        this.schema = requireNonNull(schema, "schema is null");
    }

    @Override
    public long writeAll(Iterator<?> records, OutputStream out) throws IOException {
        long count = 0;
        while (records.hasNext()) {
            Object record = records.next();
            if (record instanceof PartitionedBatch partitioned) {
                writeFrame(partitioned.partition(), partitioned.batch(), out);
            } else {
                writeFrame(PLAIN, (ColumnBatch) record, out);
            }
            count++;
        }
        return count;
    }

    private void writeFrame(int tag, ColumnBatch batch, OutputStream out) throws IOException {
        out.write(tag >>> 24);
        out.write(tag >>> 16);
        out.write(tag >>> 8);
        out.write(tag);
        BatchCodec.write(batch, schema, out);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Iterator<T> readAll(InputStream in) {
        return (Iterator<T>) new Iterator<Object>() {
            private Object next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    next = readFrame(in);
                    done = next == null;
                }
                return next != null;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Object result = next;
                next = null;
                return result;
            }
        };
    }

    private Object readFrame(InputStream in) {
        try {
            byte[] tagBytes = in.readNBytes(4);
            if (tagBytes.length == 0) {
                return null;
            }
            if (tagBytes.length < 4) {
                throw new java.io.EOFException("a batch frame is cut short in its tag");
            }
            int tag = ((tagBytes[0] & 0xFF) << 24)
                    | ((tagBytes[1] & 0xFF) << 16)
                    | ((tagBytes[2] & 0xFF) << 8)
                    | (tagBytes[3] & 0xFF);
            ColumnBatch batch = BatchCodec.read(in, schema);
            if (batch == null) {
                throw new java.io.EOFException("a batch frame has a tag but no batch");
            }
            return tag == PLAIN ? batch : new PartitionedBatch(tag, batch);
        } catch (IOException e) {
            throw Sneaky.rethrow(e);
        }
    }

    @Override
    public RecordWriter newWriter(OutputStream out) {
        return new RecordWriter() {
            private final List<ColumnBatch> pending = new ArrayList<>();
            private int pendingRows;
            private int tag = PLAIN;
            private long frames;

            @Override
            public void write(Object record) throws IOException {
                ColumnBatch batch;
                int recordTag;
                if (record instanceof PartitionedBatch partitioned) {
                    batch = partitioned.batch();
                    recordTag = partitioned.partition();
                } else {
                    batch = (ColumnBatch) record;
                    recordTag = PLAIN;
                }
                if (!pending.isEmpty() && recordTag != tag) {
                    flush();
                }
                tag = recordTag;
                pending.add(batch);
                pendingRows += batch.numRows();
                if (pendingRows >= ColumnBatch.DEFAULT_ROWS) {
                    flush();
                }
            }

            private void flush() throws IOException {
                if (pending.isEmpty()) {
                    return;
                }
                writeFrame(tag, Batches.concat(pending), out);
                frames++;
                pending.clear();
                pendingRows = 0;
            }

            @Override
            public int pending() {
                return pending.size();
            }

            @Override
            public long finish() throws IOException {
                flush();
                return frames;
            }
        };
    }
}
