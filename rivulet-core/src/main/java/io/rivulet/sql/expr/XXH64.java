package io.rivulet.sql.expr;

import io.rivulet.sql.vector.StringUtf8;

/**
 * Spark's {@code XXH64} for one int (its 4 bytes) or long (its 8 bytes, little-endian) and, through {@link
 * StringUtf8#xxhash64}, for byte strings: the {@code xxhash64} function and approximate distinct counting.
 */
final class XXH64 {
    private static final long PRIME64_1 = 0x9E3779B185EBCA87L;
    private static final long PRIME64_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long PRIME64_3 = 0x165667B19E3779F9L;
    private static final long PRIME64_4 = 0x85EBCA77C2B2AE63L;
    private static final long PRIME64_5 = 0x27D4EB2F165667C5L;

    private XXH64() {}

    static long hashLong(long input, long seed) {
        long hash = seed + PRIME64_5 + 8L;
        hash ^= Long.rotateLeft(input * PRIME64_2, 31) * PRIME64_1;
        hash = Long.rotateLeft(hash, 27) * PRIME64_1 + PRIME64_4;
        return avalanche(hash);
    }

    static long hashInt(int input, long seed) {
        long hash = seed + PRIME64_5 + 4L;
        hash ^= (input & 0xFFFFFFFFL) * PRIME64_1;
        hash = Long.rotateLeft(hash, 23) * PRIME64_2 + PRIME64_3;
        return avalanche(hash);
    }

    static long hashBytes(byte[] bytes, int offset, int length, long seed) {
        return StringUtf8.xxhash64(bytes, offset, length, seed);
    }

    private static long avalanche(long hash) {
        hash ^= hash >>> 33;
        hash *= PRIME64_2;
        hash ^= hash >>> 29;
        hash *= PRIME64_3;
        hash ^= hash >>> 32;
        return hash;
    }
}
