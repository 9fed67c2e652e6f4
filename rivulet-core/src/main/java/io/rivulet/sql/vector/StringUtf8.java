package io.rivulet.sql.vector;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jpountz.xxhash.XXHash64;
import net.jpountz.xxhash.XXHashFactory;

/**
 * Operations on UTF-8 bytes, the storage of strings: comparison in code point order (unsigned byte order, as
 * Spark's {@code UTF8String} binary collation), equality, hashing and decoding.
 *
 * <p>The hash is XXH64 (lz4-java's pure-Java implementation, so short strings pay no JNI call) with Spark's
 * default seed 42, so that Spark's {@code xxhash64} function can reuse it; {@link #xxhash64} takes any seed.
 * Decoding keeps no cache: {@code new String(bytes, UTF_8)} is a fast intrinsic for ASCII, and a shared cache
 * would cost more in contention than it saves.
 */
public final class StringUtf8 {
    /** Spark's default seed of {@code xxhash64} and {@code hash}. */
    public static final long SPARK_SEED = 42L;

    private static final XXHash64 XXHASH64 = XXHashFactory.fastestJavaInstance().hash64();

    private StringUtf8() {}

    /** XXH64 of {@code bytes[offset, offset + length)} with {@code seed}. */
    public static long xxhash64(byte[] bytes, int offset, int length, long seed) {
        return XXHASH64.hash(bytes, offset, length, seed);
    }

    /** {@link #xxhash64} with {@link #SPARK_SEED}. */
    public static long hash(byte[] bytes, int offset, int length) {
        return XXHASH64.hash(bytes, offset, length, SPARK_SEED);
    }

    public static boolean equals(byte[] a, int aOffset, int aLength, byte[] b, int bOffset, int bLength) {
        return Arrays.equals(a, aOffset, aOffset + aLength, b, bOffset, bOffset + bLength);
    }

    /** Negative, zero or positive as {@code a} sorts before, with or after {@code b}: unsigned bytes, code points. */
    public static int compare(byte[] a, int aOffset, int aLength, byte[] b, int bOffset, int bLength) {
        return Arrays.compareUnsigned(a, aOffset, aOffset + aLength, b, bOffset, bOffset + bLength);
    }

    public static String decode(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }

    /** UTF-8 bytes; unpaired surrogates become {@code ?}, as Spark's {@code UTF8String.fromString}. */
    public static byte[] encode(String string) {
        return string.getBytes(StandardCharsets.UTF_8);
    }

    /** The number of code points (Spark's {@code length} of a string): bytes that do not continue a character. */
    public static int numChars(byte[] bytes, int offset, int length) {
        int count = 0;
        for (int i = offset; i < offset + length; i++) {
            count += (bytes[i] & 0xC0) != 0x80 ? 1 : 0;
        }
        return count;
    }
}
