package io.rivulet.sql.vector;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Reads what a {@link ByteSink} wrote; running past the end is a corrupt input ({@code IllegalStateException}). */
final class ByteSource {
    private final ByteBuffer buffer;

    ByteSource(byte[] bytes, int offset, int length) {
        buffer = ByteBuffer.wrap(bytes, offset, length).slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    boolean hasRemaining() {
        return buffer.hasRemaining();
    }

    int getByte() {
        require(1);
        return buffer.get() & 0xFF;
    }

    int getInt() {
        require(4);
        return buffer.getInt();
    }

    byte[] getBytes(int length) {
        require(length);
        byte[] out = new byte[length];
        buffer.get(out);
        return out;
    }

    short[] getShorts(int count) {
        require(2L * count);
        short[] out = new short[count];
        buffer.asShortBuffer().get(out);
        buffer.position(buffer.position() + 2 * count);
        return out;
    }

    int[] getInts(int count) {
        int[] out = new int[count];
        getInts(out, 0, count);
        return out;
    }

    void getInts(int[] target, int offset, int count) {
        require(4L * count);
        buffer.asIntBuffer().get(target, offset, count);
        buffer.position(buffer.position() + 4 * count);
    }

    long[] getLongs(int count) {
        require(8L * count);
        long[] out = new long[count];
        buffer.asLongBuffer().get(out);
        buffer.position(buffer.position() + 8 * count);
        return out;
    }

    float[] getFloats(int count) {
        require(4L * count);
        float[] out = new float[count];
        buffer.asFloatBuffer().get(out);
        buffer.position(buffer.position() + 4 * count);
        return out;
    }

    double[] getDoubles(int count) {
        require(8L * count);
        double[] out = new double[count];
        buffer.asDoubleBuffer().get(out);
        buffer.position(buffer.position() + 8 * count);
        return out;
    }

    boolean[] getBits(int count) {
        byte[] packed = getBytes((count + 7) >>> 3);
        boolean[] out = new boolean[count];
        for (int i = 0; i < count; i++) {
            out[i] = (packed[i >>> 3] & (1 << (i & 7))) != 0;
        }
        return out;
    }

    private void require(long bytes) {
        if (bytes < 0 || bytes > buffer.remaining()) {
            throw new IllegalStateException(
                    "Corrupt column data: " + bytes + " bytes needed, " + buffer.remaining() + " left",
                    new BufferUnderflowException());
        }
    }
}
