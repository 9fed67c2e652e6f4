package io.rivulet.sql.expr;

import java.nio.ByteBuffer;
import java.util.Random;

/**
 * Spark's {@code XORShiftRandom}: a xorshift generator under {@code java.util.Random}'s {@code nextDouble} and {@code
 * nextGaussian}, its seed scrambled by Scala's {@code MurmurHash3.bytesHash} of the seed's 8 bytes (big-endian), so
 * that {@code rand(0)} gives Spark's 0.7604953758285915 in partition 0. Not thread-safe; one per task.
 */
final class XORShiftRandom extends Random {
    private static final long serialVersionUID = 1L;
    private static final int ARRAY_SEED = 0x3c074a61;

    private long seed;

    XORShiftRandom(long init) {
        super(init);
        this.seed = hashSeed(init);
    }

    @Override
    public synchronized void setSeed(long init) {
        this.seed = hashSeed(init);
    }

    @Override
    protected int next(int bits) {
        long next = seed ^ (seed << 21);
        next ^= next >>> 35;
        next ^= next << 4;
        seed = next;
        return (int) (next & ((1L << bits) - 1));
    }

    static long hashSeed(long seed) {
        byte[] bytes = ByteBuffer.allocate(Long.BYTES).putLong(seed).array();
        int low = bytesHash(bytes, ARRAY_SEED);
        int high = bytesHash(bytes, low);
        return ((long) high << 32) | (low & 0xFFFFFFFFL);
    }

    /** Scala's {@code MurmurHash3.bytesHash}. */
    private static int bytesHash(byte[] data, int seed) {
        int length = data.length;
        int h = seed;
        int i = 0;
        while (length - i >= 4) {
            int k = (data[i] & 0xFF)
                    | (data[i + 1] & 0xFF) << 8
                    | (data[i + 2] & 0xFF) << 16
                    | (data[i + 3] & 0xFF) << 24;
            h = mix(h, k);
            i += 4;
        }
        int rest = length - i;
        int k = 0;
        if (rest == 3) {
            k ^= (data[i + 2] & 0xFF) << 16;
        }
        if (rest >= 2) {
            k ^= (data[i + 1] & 0xFF) << 8;
        }
        if (rest >= 1) {
            k ^= data[i] & 0xFF;
            h = mixLast(h, k);
        }
        return avalanche(h ^ length);
    }

    private static int mixLast(int hash, int data) {
        int k = data * 0xcc9e2d51;
        k = Integer.rotateLeft(k, 15);
        k *= 0x1b873593;
        return hash ^ k;
    }

    private static int mix(int hash, int data) {
        int h = mixLast(hash, data);
        h = Integer.rotateLeft(h, 13);
        return h * 5 + 0xe6546b64;
    }

    private static int avalanche(int hash) {
        int h = hash;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
