package io.rivulet.sql.vector;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

/**
 * LZ4 frames of the codecs: a header {@code magic:i32 codec:u8 rawLength:i32 storedLength:i32} (little-endian)
 * then the stored bytes, compressed or, when compressing saves nothing, raw.
 */
final class Lz4 {
    static final int HEADER = 13;
    private static final byte RAW = 0;
    private static final byte LZ4 = 1;
    private static final LZ4Compressor COMPRESSOR = LZ4Factory.fastestInstance().fastCompressor();
    private static final LZ4SafeDecompressor DECOMPRESSOR =
            LZ4Factory.fastestInstance().safeDecompressor();

    private Lz4() {}

    /** The frame of {@code raw[0, length)}; the array may be longer than the frame, whose length is returned. */
    static Frame compress(int magic, byte[] raw, int length) {
        int max = COMPRESSOR.maxCompressedLength(length);
        byte[] out = new byte[HEADER + max];
        int stored = COMPRESSOR.compress(raw, 0, length, out, HEADER, max);
        byte codec = LZ4;
        if (stored >= length) {
            System.arraycopy(raw, 0, out, HEADER, length);
            stored = length;
            codec = RAW;
        }
        ByteBuffer.wrap(out, 0, HEADER)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(magic)
                .put(codec)
                .putInt(length)
                .putInt(stored);
        return new Frame(out, HEADER + stored);
    }

    /** A frame's header: its codec and lengths. */
    record Header(boolean compressed, int rawLength, int storedLength) {}

    static Header header(int magic, byte[] bytes, int offset, String what) {
        ByteBuffer header = ByteBuffer.wrap(bytes, offset, HEADER).order(ByteOrder.LITTLE_ENDIAN);
        int found = header.getInt();
        byte codec = header.get();
        int rawLength = header.getInt();
        int storedLength = header.getInt();
        if (found != magic || (codec != RAW && codec != LZ4) || rawLength < 0 || storedLength < 0) {
            throw new IllegalStateException("Not " + what + ": bad header");
        }
        return new Header(codec == LZ4, rawLength, storedLength);
    }

    /** The raw bytes of a frame's body at {@code bytes[offset, offset + header.storedLength())}. */
    static byte[] decompress(Header header, byte[] bytes, int offset) {
        byte[] raw = new byte[header.rawLength()];
        if (!header.compressed()) {
            System.arraycopy(bytes, offset, raw, 0, header.rawLength());
            return raw;
        }
        int length = DECOMPRESSOR.decompress(bytes, offset, header.storedLength(), raw, 0, raw.length);
        if (length != raw.length) {
            throw new IllegalStateException("Corrupt frame: " + length + " bytes instead of " + raw.length);
        }
        return raw;
    }

    /** {@code bytes[0, length)} is the frame. */
    record Frame(byte[] bytes, int length) {}
}
