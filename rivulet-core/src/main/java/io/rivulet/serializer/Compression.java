package io.rivulet.serializer;

import java.io.InputStream;
import java.io.OutputStream;
import net.jpountz.lz4.LZ4BlockInputStream;
import net.jpountz.lz4.LZ4BlockOutputStream;

/**
 * LZ4 block compression for spill and shuffle files: about as fast as the disk and the serializer (over
 * 500 MB/s a core), so compressing costs little and halves what is written. zstd compresses better but
 * is a 6 MB native library; see docs/design/serialization.md for the figures.
 */
public final class Compression {
    /**
     * Spark's default LZ4 block size: a reader holds a block and its compressed form, and merging spilled
     * runs keeps one reader open per run.
     */
    private static final int BLOCK_SIZE = 32 * 1024;

    private Compression() {}

    /** Closing the returned stream finishes the compressed stream and closes {@code out}. */
    public static OutputStream compress(OutputStream out) {
        return new LZ4BlockOutputStream(out, BLOCK_SIZE);
    }

    public static InputStream decompress(InputStream in) {
        return LZ4BlockInputStream.newBuilder().build(in);
    }
}
