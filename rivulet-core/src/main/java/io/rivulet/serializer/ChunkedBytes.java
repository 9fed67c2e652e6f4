package io.rivulet.serializer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A growing byte buffer made of fixed-size chunks: what serialized records are kept in on the heap.
 *
 * <p>Why not {@link java.io.ByteArrayOutputStream}: it doubles one array, so it holds up to twice what it
 * was given and copies everything on each doubling and again in {@code toByteArray()}; and arrays of half
 * a G1 region or more are humongous objects, each taking whole regions, so a heap full of them runs out
 * of memory with much of it empty. Chunks of {@value #CHUNK} bytes are ordinary young objects, are never
 * copied, and the memory they hold ({@link #capacity}) is what a budget should be charged. The first
 * chunks are smaller ({@value #FIRST_CHUNK} bytes, doubling), so that many small buffers stay small.
 */
public final class ChunkedBytes extends OutputStream {
    static final int CHUNK = 64 * 1024;
    static final int FIRST_CHUNK = 1024;

    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] current = new byte[0];
    private int position;
    private long size;
    private long capacity;

    @Override
    public void write(int b) {
        if (position == current.length) {
            nextChunk();
        }
        current[position++] = (byte) b;
        size++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            if (position == current.length) {
                nextChunk();
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(bytes, offset, current, position, n);
            position += n;
            offset += n;
            length -= n;
            size += n;
        }
    }

    private void nextChunk() {
        current = new byte[current.length == 0 ? FIRST_CHUNK : Math.min(CHUNK, 2 * current.length)];
        chunks.add(current);
        capacity += 16 + current.length;
        position = 0;
    }

    /** Bytes written. */
    public long size() {
        return size;
    }

    /** Bytes held: whole chunks, with their headers. */
    public long capacity() {
        return capacity;
    }

    /** Copies the bytes to {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        long left = size;
        for (byte[] chunk : chunks) {
            int n = (int) Math.min(left, chunk.length);
            out.write(chunk, 0, n);
            left -= n;
        }
    }

    /** Reads the bytes written so far; the buffer must not be written to while this is read. */
    public InputStream inputStream() {
        return new InputStream() {
            private int chunk;
            private int offset;
            private long left = size;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                byte b = chunks.get(chunk)[offset++];
                advance(1);
                return b & 0xFF;
            }

            @Override
            public int read(byte[] into, int at, int length) {
                if (length == 0) {
                    return 0;
                }
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(Math.min(length, chunks.get(chunk).length - offset), left);
                System.arraycopy(chunks.get(chunk), offset, into, at, n);
                offset += n;
                advance(n);
                return n;
            }

            private void advance(int n) {
                left -= n;
                if (left > 0 && offset == chunks.get(chunk).length) {
                    chunk++;
                    offset = 0;
                }
            }

            @Override
            public int available() {
                return (int) Math.min(Integer.MAX_VALUE, left);
            }
        };
    }
}
