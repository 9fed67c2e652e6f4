package io.rivulet.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.Pair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SizeEstimatorTest {
    record Row(long id, String name, List<Long> values) {}

    @Test
    void sizesCommonValuesLikeA64BitJvmWithCompressedPointers() {
        assertThat(SizeEstimator.estimate(null)).isZero();
        assertThat(SizeEstimator.estimate(42L)).isEqualTo(16);
        assertThat(SizeEstimator.estimate(Pair.of(1L, 2L))).isEqualTo(56);
        assertThat(SizeEstimator.estimate("abcd")).isEqualTo(24 + 24);
    }

    @Test
    void seesInsideJdkCollectionsThatReflectionCannotOpen() {
        List<Long> list = new ArrayList<>();
        for (long i = 0; i < 10_000; i++) {
            list.add(i);
        }
        // 10,000 boxed longs alone are 160,000 bytes.
        assertThat(SizeEstimator.estimate(list)).isBetween(160_000L, 260_000L);
        Map<String, Long> map = new HashMap<>();
        for (long i = 0; i < 1_000; i++) {
            map.put("key" + i, i);
        }
        assertThat(SizeEstimator.estimate(map)).isBetween(1_000L * (40 + 16 + 32), 1_000L * 200);
        assertThat(SizeEstimator.estimate(new Row(1, "x", list))).isGreaterThan(160_000L);
        assertThat(SizeEstimator.estimate(Pair.of("k", list))).isGreaterThan(160_000L);
    }

    @Test
    void valuesThatKnowTheirSizeAreNotWalked() {
        SizeAware aware = () -> 1234;
        assertThat(SizeEstimator.estimate(aware)).isEqualTo(1234);
        assertThat(SizeEstimator.estimate(Pair.of(1L, aware))).isEqualTo(24 + 16 + 1234);
    }
}
