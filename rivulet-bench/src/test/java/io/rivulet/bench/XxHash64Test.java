package io.rivulet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link XxHash64} gives Spark's {@code xxhash64} values. The expected values are Spark's, as Velox's
 * Spark-compatible function tests list them (computed there with Spark's SQL CLI); {@code SparkXxHash64Test}
 * compares with Spark itself on many more values.
 */
class XxHash64Test {
    @Test
    void longValuesAsSpark() {
        assertThat(XxHash64.of(0L)).isEqualTo(-5252525462095825812L);
        assertThat(XxHash64.of(1L)).isEqualTo(-7001672635703045582L);
        assertThat(XxHash64.of(-1L)).isEqualTo(3858142552250413010L);
        assertThat(XxHash64.of(Long.MAX_VALUE)).isEqualTo(-3246596055638297850L);
        assertThat(XxHash64.of(Long.MIN_VALUE)).isEqualTo(-8619748838626508300L);
        assertThat(XxHash64.of(0xcafecafedeadbeefL)).isEqualTo(-6259772178006417012L);
        assertThat(XxHash64.of(0xdeadbeefcafecafeL)).isEqualTo(-1700188678616701932L);
    }

    @Test
    void intValuesAsSpark() {
        assertThat(XxHash64.hashInt(0, XxHash64.SEED)).isEqualTo(3614696996920510707L);
        assertThat(XxHash64.hashInt(1, XxHash64.SEED)).isEqualTo(-6698625589789238999L);
        assertThat(XxHash64.hashInt(-1, XxHash64.SEED)).isEqualTo(2017008487422258757L);
        assertThat(XxHash64.hashInt(0xdeadbeef, XxHash64.SEED)).isEqualTo(-8041005359684616715L);
    }

    @Test
    void columnsChainTheirHashesAsSeeds() {
        assertThat(XxHash64.of(7L, 3L)).isEqualTo(XxHash64.hashLong(3L, XxHash64.of(7L)));
        assertThat(XxHash64.of(7L, 3L)).isNotEqualTo(XxHash64.of(3L, 7L));
    }
}
