package io.rivulet.sql.vector;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A growable little-endian byte buffer for the codecs: primitive arrays go in with one bulk copy each (through
 * {@code ByteBuffer} views, which copy heap arrays as memory), never value by value through a stream.
 */
final class ByteSink {
    private byte[] buffer;
    private ByteBuffer view;
    private int position;

    ByteSink(int capacity) {
        buffer = new byte[Math.max(capacity, 64)];
        view = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
    }

    int position() {
        return position;
    }

    /** The backing array; bytes {@code [0, position())} are the ones written. */
    byte[] array() {
        return buffer;
    }

    private void ensure(long more) {
        long needed = position + more;
        if (needed > buffer.length) {
            if (needed > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("A batch does not fit in 2 GB once encoded");
            }
            buffer = Arrays.copyOf(buffer, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, 2L * buffer.length)));
            view = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    void putByte(int value) {
        ensure(1);
        buffer[position++] = (byte) value;
    }

    void putInt(int value) {
        ensure(4);
        view.putInt(position, value);
        position += 4;
    }

    void putBytes(byte[] source, int offset, int length) {
        ensure(length);
        System.arraycopy(source, offset, buffer, position, length);
        position += length;
    }

    void putShorts(short[] source, int offset, int count) {
        ensure(2L * count);
        view.position(position);
        view.asShortBuffer().put(source, offset, count);
        position += 2 * count;
    }

    void putInts(int[] source, int offset, int count) {
        ensure(4L * count);
        view.position(position);
        view.asIntBuffer().put(source, offset, count);
        position += 4 * count;
    }

    void putLongs(long[] source, int offset, int count) {
        ensure(8L * count);
        view.position(position);
        view.asLongBuffer().put(source, offset, count);
        position += 8 * count;
    }

    void putFloats(float[] source, int offset, int count) {
        ensure(4L * count);
        view.position(position);
        view.asFloatBuffer().put(source, offset, count);
        position += 4 * count;
    }

    void putDoubles(double[] source, int offset, int count) {
        ensure(8L * count);
        view.position(position);
        view.asDoubleBuffer().put(source, offset, count);
        position += 8 * count;
    }

    /** {@code count} booleans packed 8 to a byte, the first in the lowest bit. */
    void putBits(boolean[] bits, int count) {
        int bytes = (count + 7) >>> 3;
        ensure(bytes);
        for (int i = 0; i < count; i += 8) {
            int packed = 0;
            int end = Math.min(8, count - i);
            for (int bit = 0; bit < end; bit++) {
                packed |= (bits[i + bit] ? 1 : 0) << bit;
            }
            buffer[position + (i >>> 3)] = (byte) packed;
        }
        position += bytes;
    }
}
