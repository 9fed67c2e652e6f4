package io.rivulet.bench;

/**
 * Spark's {@code xxhash64}: XXH64 as Spark's {@code XXH64} class computes it for one long or int value (the
 * 8 or 4 bytes of the value, little-endian), and as its {@code XxHash64} expression chains it over several
 * columns: each column's hash is the seed of the next, starting from 42. The DataFrame suite's inputs are
 * defined with it ({@link DfData}), so that Spark and Rivulet compute them with their built-in
 * {@code xxhash64} and the other engines with this class, and all get the same values
 * ({@code XxHash64Test} checks known values, {@code SparkDataFrameAgreesTest} Spark's own output).
 */
public final class XxHash64 {
    /** The seed of Spark's {@code xxhash64} function. */
    public static final long SEED = 42;

    private static final long PRIME64_1 = 0x9E3779B185EBCA87L;
    private static final long PRIME64_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long PRIME64_3 = 0x165667B19E3779F9L;
    private static final long PRIME64_4 = 0x85EBCA77C2B2AE63L;
    private static final long PRIME64_5 = 0x27D4EB2F165667C5L;

    private XxHash64() {}

    /** Spark's {@code xxhash64(c)} of a long column: XXH64 of the value's 8 bytes with seed 42. */
    public static long of(long value) {
        return hashLong(value, SEED);
    }

    /** Spark's {@code xxhash64(a, b)} of two long columns: {@code b} hashed with {@code a}'s hash as seed. */
    public static long of(long a, long b) {
        return hashLong(b, hashLong(a, SEED));
    }

    /** XXH64 of the 8 bytes of {@code input} (little-endian) with {@code seed}. */
    public static long hashLong(long input, long seed) {
        long hash = seed + PRIME64_5 + 8L;
        hash ^= Long.rotateLeft(input * PRIME64_2, 31) * PRIME64_1;
        hash = Long.rotateLeft(hash, 27) * PRIME64_1 + PRIME64_4;
        return avalanche(hash);
    }

    /** XXH64 of the 4 bytes of {@code input} (little-endian) with {@code seed}: Spark's hash of an int column. */
    public static long hashInt(int input, long seed) {
        long hash = seed + PRIME64_5 + 4L;
        hash ^= (input & 0xFFFFFFFFL) * PRIME64_1;
        hash = Long.rotateLeft(hash, 23) * PRIME64_2 + PRIME64_3;
        return avalanche(hash);
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
