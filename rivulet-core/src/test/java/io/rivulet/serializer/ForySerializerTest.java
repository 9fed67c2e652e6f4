package io.rivulet.serializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.Pair;
import io.rivulet.util.Iterators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StreamCorruptedException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ForySerializerTest {
    private final ForySerializer serializer = new ForySerializer(getClass().getClassLoader());

    /** Each serializer that used Fory counts on Fory's JVM-wide thread until it is closed (ForyCleaner). */
    @AfterEach
    void close() {
        serializer.close();
    }

    record Point(int x, String label) {}

    static final class NoDefaultConstructor {
        final long value;

        NoDefaultConstructor(long value) {
            this.value = value;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof NoDefaultConstructor that && that.value == value;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(value);
        }
    }

    @Test
    void roundTripsTheTypesUserRecordsAreMadeOf() throws IOException {
        List<Object> records = Arrays.asList(
                null,
                "héllo 😀",
                42L,
                Pair.of("k", null),
                new Point(1, "a"),
                List.of(1, 2, 3),
                Map.of("a", 1),
                Collections.unmodifiableList(new ArrayList<>(List.of(1, 2))),
                new ArrayList<>(List.of(1, 2, 3, 4)).subList(1, 3),
                Optional.of(3),
                LocalDate.of(2020, 1, 2),
                new BigDecimal("1.50"),
                new NoDefaultConstructor(7));
        assertThat(roundTrip(records, false)).isEqualTo(records);
    }

    @Test
    void writesManyBatchesAndNothingAtAll() throws IOException {
        List<Object> many = new ArrayList<>();
        IntStream.range(0, 10_000).forEach(i -> many.add(Pair.of("word" + (i % 97), (long) i)));
        assertThat(roundTrip(many, true)).isEqualTo(many);
        assertThat(roundTrip(List.of(), true)).isEmpty();
    }

    @Test
    void truncatedInputIsReportedAsCorruptData() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        serializer.writeAll(List.of("a", "b", "c").iterator(), bytes);
        byte[] truncated = Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
        assertThatThrownBy(() -> Iterators.toList(serializer.readAll(new ByteArrayInputStream(truncated))))
                .isInstanceOf(StreamCorruptedException.class);
    }

    private List<Object> roundTrip(List<Object> records, boolean compressed) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = compressed ? Compression.compress(bytes) : bytes) {
            assertThat(serializer.writeAll(records.iterator(), out)).isEqualTo(records.size());
        }
        InputStream in = new ByteArrayInputStream(bytes.toByteArray());
        return Iterators.toList(serializer.<Object>readAll(compressed ? Compression.decompress(in) : in));
    }
}
