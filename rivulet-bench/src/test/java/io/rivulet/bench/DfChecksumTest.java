package io.rivulet.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The DataFrame suite's checksums: the ordered one of the sort, and the row checksums. */
class DfChecksumTest {
    private static long[] summary(long[] values, int from, int to) {
        Checksum.OrderedSummary summary = new Checksum.OrderedSummary();
        for (int i = from; i < to; i++) {
            summary.add(values[i]);
        }
        return summary.toArray();
    }

    private static long[] sortedRandom(int n, long seed) {
        long[] values = new SplittableRandom(seed).longs(n).toArray();
        Arrays.sort(values);
        return values;
    }

    @Test
    void piecesCombineAsTheWholeSequence() {
        long[] values = sortedRandom(10_000, 1);
        Checksum whole = Checksum.combineOrdered(List.of(summary(values, 0, values.length)));
        SplittableRandom random = new SplittableRandom(2);
        for (int trial = 0; trial < 20; trial++) {
            List<long[]> pieces = new ArrayList<>();
            int from = 0;
            while (from < values.length) {
                int to = Math.min(values.length, from + random.nextInt(3_000));
                pieces.add(summary(values, from, to)); // empty pieces too, as empty partitions
                from = to;
            }
            assertThat(Checksum.combineOrdered(pieces)).isEqualTo(whole);
        }
        assertThat(whole.count()).isEqualTo(values.length);
    }

    @Test
    void theHashIsHornersRule() {
        long[] values = {3, 5, 8};
        long f = Checksum.OrderedSummary.FACTOR;
        long expected = Gen.mix64(3) * f * f + Gen.mix64(5) * f + Gen.mix64(8);
        assertThat(Checksum.combineOrdered(List.of(summary(values, 0, 3))).hash())
                .isEqualTo(expected);
        assertThat(Checksum.OrderedSummary.power(3)).isEqualTo(f * f * f);
        assertThat(Checksum.OrderedSummary.power(0)).isEqualTo(1);
    }

    @Test
    void theOrderChangesTheHash() {
        long[] values = {1, 2, 3, 4};
        long[] swapped = {2, 1, 3, 4};
        assertThat(summary(values, 0, 4)[1]).isNotEqualTo(summary(swapped, 0, 4)[1]);
        // The same pieces in the other order: rejected, as their values are then out of order.
        assertThatThrownBy(() -> Checksum.combineOrdered(List.of(summary(values, 2, 4), summary(values, 0, 2))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("below the end of the piece before it");
    }

    @Test
    void anUnsortedPieceIsRejected() {
        long[] values = {1, 3, 2};
        assertThatThrownBy(() -> Checksum.combineOrdered(List.of(summary(values, 0, 3))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not in order");
    }

    @Test
    void rowChecksumsIgnoreTheOrderOfRows() {
        Checksum.Summary a = new Checksum.Summary();
        DfChecksums.aggRow(a, "s1", 10, 1.5, 7);
        DfChecksums.aggRow(a, "s2", 20, 2.5, 9);
        Checksum.Summary b = new Checksum.Summary();
        DfChecksums.aggRow(b, "s2", 20, 2.5, 9);
        DfChecksums.aggRow(b, "s1", 10, 1.5, 7);
        assertThat(a.checksum()).isEqualTo(b.checksum());
        Checksum.Summary c = new Checksum.Summary();
        DfChecksums.aggRow(c, "s2", 10, 2.5, 9);
        DfChecksums.aggRow(c, "s1", 20, 1.5, 7);
        assertThat(c.checksum().matches(a.checksum())).isFalse();
    }

    @Test
    void theJoinsChecksumDependsOnEverySum() {
        Checksum base = DfChecksums.join(10, 1, 2, 3, 4);
        assertThat(DfChecksums.join(10, 1, 2, 3, 4)).isEqualTo(base);
        assertThat(DfChecksums.join(11, 1, 2, 3, 4).matches(base)).isFalse();
        assertThat(DfChecksums.join(10, 2, 2, 3, 4).matches(base)).isFalse();
        assertThat(DfChecksums.join(10, 1, 2, 3, 5).matches(base)).isFalse();
    }
}
