package io.rivulet.bench;

import java.util.Arrays;

/**
 * A hash table of long keys with two long values per key, for the hand-written DataFrame peer: open
 * addressing with linear probing in primitive arrays (no boxing, no entry objects), the slot chosen by
 * Fibonacci hashing (the key times 2^64 divided by the golden ratio, top bits), which spreads consecutive
 * keys. It doubles when half full. {@link Long#MIN_VALUE} marks an empty slot, so it cannot be a key.
 *
 * <p>Callers read and write the values through the public arrays {@link #first} and {@link #second} at the
 * slot {@link #insert} or {@link #find} returned; {@link #insert} may replace the arrays, so read the
 * fields again after it. Not thread-safe: each thread fills its own.
 */
final class LongHashTable {
    static final long EMPTY = Long.MIN_VALUE;

    long[] keys;
    long[] first;
    long[] second;
    private int bits;
    private int size;

    /** A table sized for {@code expectedKeys} keys without growing. */
    LongHashTable(long expectedKeys) {
        bits = Math.max(4, 64 - Long.numberOfLeadingZeros(Math.max(1, expectedKeys) * 2 - 1));
        allocate(1 << bits);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        first = new long[capacity];
        second = new long[capacity];
    }

    int capacity() {
        return keys.length;
    }

    int size() {
        return size;
    }

    private int home(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - bits));
    }

    /** The slot of {@code key}, or -1 if absent. */
    int find(long key) {
        int mask = keys.length - 1;
        for (int slot = home(key); ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return slot;
            }
            if (k == EMPTY) {
                return -1;
            }
        }
    }

    /** The slot of {@code key}, added with both values 0 if absent. */
    int insert(long key) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("Long.MIN_VALUE marks empty slots and cannot be a key");
        }
        int mask = keys.length - 1;
        for (int slot = home(key); ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return slot;
            }
            if (k == EMPTY) {
                if (2 * (size + 1) > keys.length) {
                    grow();
                    return insert(key);
                }
                keys[slot] = key;
                size++;
                return slot;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldFirst = first;
        long[] oldSecond = second;
        bits++;
        allocate(oldKeys.length * 2);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            long key = oldKeys[i];
            if (key != EMPTY) {
                int slot = home(key);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                first[slot] = oldFirst[i];
                second[slot] = oldSecond[i];
            }
        }
    }
}
