package io.rivulet.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link LongHashTable} counts and sums as a {@code HashMap} does, across growth. */
class LongHashTableTest {
    @Test
    void agreesWithHashMap() {
        SplittableRandom random = new SplittableRandom(5);
        LongHashTable table = new LongHashTable(4); // grows many times
        Map<Long, long[]> expected = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            long key = i % 3 == 0 ? random.nextLong() : random.nextLong(-1_000, 1_000);
            long value = random.nextLong(100);
            int slot = table.insert(key);
            table.first[slot]++;
            table.second[slot] += value;
            long[] sums = expected.computeIfAbsent(key, k -> new long[2]);
            sums[0]++;
            sums[1] += value;
        }
        assertThat(table.size()).isEqualTo(expected.size());
        expected.forEach((key, sums) -> {
            int slot = table.find(key);
            assertThat(slot).isNotNegative();
            assertThat(new long[] {table.first[slot], table.second[slot]}).isEqualTo(sums);
        });
        assertThat(table.find(1_000_001)).isEqualTo(-1);
    }

    @Test
    void theEmptyMarkerIsNotAKey() {
        assertThatThrownBy(() -> new LongHashTable(10).insert(Long.MIN_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
