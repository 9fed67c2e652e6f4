package io.rivulet.testing;

import io.rivulet.Pair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded random inputs for the property tests: one seed gives one sequence of sizes, partition counts and
 * elements, so a failure printed with its seed reproduces exactly.
 *
 * <p>The shapes are adversarial on purpose: empty inputs, more partitions than elements, small key ranges
 * (so keys repeat on both sides of a join) and a sprinkling of nulls among elements, keys and values.
 */
public final class RandomData {
    /** Natural order with nulls first: the order Rivulet sorts by when no comparator is given. */
    public static final Comparator<Integer> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private final long seed;
    private final SplittableRandom random;

    public RandomData(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    public long seed() {
        return seed;
    }

    /** A size in 0..2000, skewed towards the edges: empty, a handful, or many. */
    public int size() {
        int shape = random.nextInt(10);
        if (shape == 0) {
            return 0;
        }
        if (shape <= 3) {
            return 1 + random.nextInt(10);
        }
        return random.nextInt(2001);
    }

    /** A partition count in 1..12 (often more than a small input has elements). */
    public int partitions() {
        return 1 + random.nextInt(12);
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    public long nextLong() {
        return random.nextLong();
    }

    /** A small key range (1..20), so that keys repeat. */
    public int keyRange() {
        return 1 + random.nextInt(20);
    }

    /** {@code n} integers in {@code [-range, range)}, each null with probability {@code nullFraction}. */
    public List<Integer> ints(int n, int range, double nullFraction) {
        List<Integer> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(random.nextDouble() < nullFraction ? null : random.nextInt(-range, range));
        }
        return list;
    }

    /** Integers of a random size, a mid-sized range and about 3% nulls. */
    public List<Integer> ints() {
        return ints(size(), 1 + random.nextInt(500), 0.03);
    }

    /** {@code n} pairs with keys in {@code [0, keyRange)} and some null keys and values. */
    public List<Pair<Integer, Integer>> pairs(int n, int keyRange) {
        List<Pair<Integer, Integer>> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Integer key = random.nextInt(50) == 0 ? null : random.nextInt(keyRange);
            Integer value = random.nextInt(30) == 0 ? null : random.nextInt(-1000, 1000);
            list.add(Pair.of(key, value));
        }
        return list;
    }

    public List<Pair<Integer, Integer>> pairs() {
        return pairs(size(), keyRange());
    }

    // ---- reference computations on plain collections ----------------------------------------------

    /** How often each element occurs (a multiset), so that results in no particular order can be compared. */
    public static <T> Map<T, Long> counts(Iterable<T> elements) {
        Map<T, Long> counts = new HashMap<>();
        for (T element : elements) {
            counts.merge(element, 1L, Long::sum);
        }
        return counts;
    }

    /** Sums that treat null as "no value": the identity of a null-tolerant, associative reduction. */
    public static Integer nullSafeSum(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a + b;
    }

    @Override
    public String toString() {
        return "seed " + seed;
    }
}
