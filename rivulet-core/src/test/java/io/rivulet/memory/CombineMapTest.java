package io.rivulet.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.Pair;
import io.rivulet.function.Function2;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CombineMapTest {
    private static final Aggregator<Long, Long> SUM = new Aggregator<>(v -> v, Long::sum, Long::sum);

    /** Keys whose hash codes collide in groups, to exercise probing. */
    record Clumped(int id) {
        @Override
        public int hashCode() {
            return id / 10;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void agreesWithAHashMapOnRandomKeysIncludingNullAndCollisions(int seed) {
        Random random = new Random(seed);
        CombineMap<Object, Long> map = new CombineMap<>();
        Map<Object, Long> expected = new HashMap<>();
        int newKeys = 0;
        for (int i = 0; i < 20_000; i++) {
            int n = random.nextInt(3_000);
            Object key = n == 0 ? null : (n % 2 == 0 ? new Clumped(n) : (Object) (long) n);
            long value = random.nextInt(100);
            boolean isNew = map.combineValue(key, value, SUM);
            assertThat(isNew).isEqualTo(!expected.containsKey(key));
            newKeys += isNew ? 1 : 0;
            expected.merge(key, value, Long::sum);
            assertThat(map.lastCombiner()).isEqualTo(expected.get(key));
        }
        Map<Object, Long> actual = new HashMap<>();
        map.iterator()
                .forEachRemaining(
                        pair -> assertThat(actual.put(pair.key(), pair.value())).isNull());
        assertThat(actual).isEqualTo(expected);
        assertThat(map.size()).isEqualTo(expected.size()).isEqualTo(newKeys);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void primitiveWordsAgreeWithAHashMapAcrossGrowthNullKeysAndCombinerMerges(int seed) {
        Function2<Double, Double, Double> max = Math::max;
        Aggregator<Double, Double> maxAggregator = new Aggregator<>(v -> v, max, max, PrimitiveReduce.of(max));
        assertThat(maxAggregator.primitive()).isNotNull();
        Random random = new Random(seed);
        CombineMap<Object, Double> map = new CombineMap<>();
        Map<Object, Double> expected = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            int n = random.nextInt(3_000);
            Object key = n == 0 ? null : (n % 2 == 0 ? new Clumped(n) : (Object) (long) n);
            double value = random.nextGaussian();
            boolean isNew = i % 3 == 0
                    ? map.combineCombiner(key, value, maxAggregator)
                    : map.combineValue(key, value, maxAggregator);
            assertThat(isNew).isEqualTo(!expected.containsKey(key));
            expected.merge(key, value, Math::max);
        }
        assertThat(map.combinersGrow()).isFalse();
        for (Map.Entry<Object, Double> entry : expected.entrySet()) {
            assertThat(map.get(entry.getKey())).isEqualTo(entry.getValue());
        }
        Map<Object, Double> actual = new HashMap<>();
        map.iterator()
                .forEachRemaining(
                        pair -> assertThat(actual.put(pair.key(), pair.value())).isNull());
        assertThat(actual).isEqualTo(expected);
        assertThat(map.get(new Clumped(3_001))).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void primitiveWordsOnIntegerKeysStayRightWhenOtherKeysArrive(int seed) {
        Function2<Long, Long, Long> sum = Long::sum;
        Aggregator<Long, Long> sumAggregator = new Aggregator<>(v -> v, sum, sum, PrimitiveReduce.of(sum));
        Random random = new Random(seed);
        CombineMap<Object, Long> map = new CombineMap<>();
        Map<Object, Long> expected = new HashMap<>();
        for (int i = 0; i < 30_000; i++) {
            int n = random.nextInt(5_000) - 2_500;
            // Integers only (through several growths) until half way, then Longs, Strings and null too.
            Object key = i < 15_000 || n % 3 == 0 ? (Object) n : n % 3 == 1 ? (Object) (long) n : "k" + n;
            if (i >= 15_000 && n == 7) {
                key = null;
            }
            long value = random.nextInt(1_000) - 500;
            assertThat(map.combineValue(key, value, sumAggregator)).isEqualTo(!expected.containsKey(key));
            expected.merge(key, value, Long::sum);
            if (i == 14_999) {
                assertThat(map.get(n)).isEqualTo(expected.get(n));
                assertThat(map.get((long) n)).isNull();
                assertThat(map.size()).isEqualTo(expected.size());
                assertThat(iterate(map)).isEqualTo(expected);
            }
        }
        assertThat(map.size()).isEqualTo(expected.size());
        assertThat(iterate(map)).isEqualTo(expected);
        for (Map.Entry<Object, Long> entry : expected.entrySet()) {
            assertThat(map.get(entry.getKey())).isEqualTo(entry.getValue());
        }
    }

    private static Map<Object, Long> iterate(CombineMap<Object, Long> map) {
        Map<Object, Long> actual = new HashMap<>();
        map.iterator()
                .forEachRemaining(
                        pair -> assertThat(actual.put(pair.key(), pair.value())).isNull());
        return actual;
    }

    @Test
    void integerKeysAreTellApartFromOtherKeysWithTheSameHashCode() {
        CombineMap<Object, Long> map = new CombineMap<>();
        for (int k = 0; k < 1_000; k++) {
            map.combineValue(k, 1L, SUM);
            map.combineValue(k, 1L, SUM);
        }
        assertThat(map.get(5)).isEqualTo(2L);
        assertThat(map.get(5L)).as("Long 5 has Integer 5's hash code").isNull();
        assertThat(map.combineValue(5L, 10L, SUM)).isTrue();
        assertThat(map.combineValue(5_000L, 10L, SUM)).isTrue();
        for (int k = 0; k < 1_000; k++) {
            assertThat(map.combineValue(k, 1L, SUM)).isFalse();
        }
        assertThat(map.get(5)).isEqualTo(3L);
        assertThat(map.get(5L)).isEqualTo(10L);
        assertThat(map.get(5_000)).as("Long 5000 is no Integer 5000").isNull();
        assertThat(map.size()).isEqualTo(1_002);
    }

    @Test
    void keepsNullCombinersAndMergesCombiners() {
        Aggregator<String, String> firstOrNull = new Aggregator<>(v -> null, (c, v) -> c, (a, b) -> a);
        CombineMap<String, String> map = new CombineMap<>();
        assertThat(map.combineValue("a", "x", firstOrNull)).isTrue();
        assertThat(map.combineValue("a", "y", firstOrNull)).isFalse();
        assertThat(map.combineCombiner(null, null, firstOrNull)).isTrue();
        assertThat(map.combineCombiner(null, "z", firstOrNull)).isFalse();
        assertThat(map.size()).isEqualTo(2);
        assertThat(map.iterator()).toIterable().containsExactlyInAnyOrder(Pair.of("a", null), Pair.of(null, null));
    }

    @Test
    void spreadsKeysThatShareTheirLowHashBits() {
        // Keys as a reduce task sees them: all with hashCode() % 8 == 0.
        CombineMap<Long, Long> map = new CombineMap<>();
        for (long k = 0; k < 200_000; k++) {
            map.combineValue(k * 8, 1L, SUM);
        }
        assertThat(map.size()).isEqualTo(200_000);
        int[] perSlotGroup = new int[1 << 12];
        for (long k = 0; k < 200_000; k++) {
            perSlotGroup[CombineMap.rehash(Long.hashCode(k * 8)) & ((1 << 12) - 1)]++;
        }
        // About 49 keys in each of 4096 groups; no group more than twice that.
        assertThat(java.util.Arrays.stream(perSlotGroup).max().orElseThrow()).isLessThan(100);
    }
}
