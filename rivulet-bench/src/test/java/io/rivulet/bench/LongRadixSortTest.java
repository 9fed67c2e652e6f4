package io.rivulet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link LongRadixSort} sorts as {@link Arrays#sort(long[])} does: its slow twin. */
class LongRadixSortTest {
    @Test
    void agreesWithArraysSortOnRandomRanges() {
        SplittableRandom random = new SplittableRandom(12);
        for (int trial = 0; trial < 200; trial++) {
            int n = random.nextInt(2_000);
            long[] values = new long[n];
            int kind = trial % 4;
            for (int i = 0; i < n; i++) {
                values[i] = switch (kind) {
                    case 0 -> random.nextLong(); // any sign
                    case 1 -> random.nextLong(-50, 50); // duplicates around zero
                    case 2 -> random.nextLong(1_000_000); // high bytes all equal: skipped passes
                    default -> random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
                };
            }
            int from = n == 0 ? 0 : random.nextInt(n);
            int to = from + (n == from ? 0 : random.nextInt(n - from + 1));
            long[] expected = values.clone();
            Arrays.sort(expected, from, to);
            long[] buffer = new long[n];
            LongRadixSort.sort(values, buffer, from, to);
            assertThat(values)
                    .as("trial %d, [%d, %d) of %d", trial, from, to, n)
                    .isEqualTo(expected);
        }
    }
}
