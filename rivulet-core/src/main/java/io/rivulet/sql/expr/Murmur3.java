package io.rivulet.sql.expr;

/**
 * Spark's {@code Murmur3_x86_32} (the {@code hash} function and hash partitioning): standard MurmurHash3 for 4- and
 * 8-byte values, and Spark's own variant for byte strings, which mixes each of the last {@code length % 4} bytes as a
 * whole (sign-extended) int rather than packing them ({@code hashUnsafeBytes}).
 */
final class Murmur3 {
    private static final int C1 = 0xcc9e2d51;
    private static final int C2 = 0x1b873593;

    private Murmur3() {}

    static int hashInt(int input, int seed) {
        return fmix(mixH1(seed, mixK1(input)), 4);
    }

    static int hashLong(long input, int seed) {
        int h1 = mixH1(seed, mixK1((int) input));
        h1 = mixH1(h1, mixK1((int) (input >>> 32)));
        return fmix(h1, 8);
    }

    static int hashBytes(byte[] bytes, int offset, int length, int seed) {
        int aligned = length - length % 4;
        int h1 = seed;
        for (int i = 0; i < aligned; i += 4) {
            int word = (bytes[offset + i] & 0xFF)
                    | (bytes[offset + i + 1] & 0xFF) << 8
                    | (bytes[offset + i + 2] & 0xFF) << 16
                    | (bytes[offset + i + 3] & 0xFF) << 24;
            h1 = mixH1(h1, mixK1(word));
        }
        for (int i = aligned; i < length; i++) {
            h1 = mixH1(h1, mixK1(bytes[offset + i]));
        }
        return fmix(h1, length);
    }

    private static int mixK1(int k1) {
        k1 *= C1;
        k1 = Integer.rotateLeft(k1, 15);
        return k1 * C2;
    }

    private static int mixH1(int h1, int k1) {
        h1 ^= k1;
        h1 = Integer.rotateLeft(h1, 13);
        return h1 * 5 + 0xe6546b64;
    }

    private static int fmix(int h1, int length) {
        h1 ^= length;
        h1 ^= h1 >>> 16;
        h1 *= 0x85ebca6b;
        h1 ^= h1 >>> 13;
        h1 *= 0xc2b2ae35;
        h1 ^= h1 >>> 16;
        return h1;
    }
}
