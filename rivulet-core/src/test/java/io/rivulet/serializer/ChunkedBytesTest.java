package io.rivulet.serializer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ChunkedBytes} gives back exactly what was written, across chunk boundaries, by any read sizes. */
class ChunkedBytesTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 1023, 1024, 1025, 64 * 1024, 200_000, 1_000_003})
    void readsBackWhatWasWrittenWhateverTheWriteAndReadSizes(int total) throws IOException {
        SplittableRandom random = new SplittableRandom(total);
        ChunkedBytes chunked = new ChunkedBytes();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        while (expected.size() < total) {
            int left = total - expected.size();
            if (random.nextInt(4) == 0) {
                int b = random.nextInt(256);
                chunked.write(b);
                expected.write(b);
            } else {
                byte[] bytes = new byte[Math.min(left, random.nextInt(100_000))];
                random.nextBytes(bytes);
                int offset = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                chunked.write(bytes, offset, bytes.length - offset);
                expected.write(bytes, offset, bytes.length - offset);
            }
        }

        assertThat(chunked.size()).isEqualTo(expected.size());
        assertThat(chunked.capacity()).isGreaterThanOrEqualTo(chunked.size());
        ByteArrayOutputStream copied = new ByteArrayOutputStream();
        chunked.writeTo(copied);
        assertThat(copied.toByteArray()).isEqualTo(expected.toByteArray());
        assertThat(readInRandomPieces(chunked.inputStream(), random)).isEqualTo(expected.toByteArray());
    }

    private static byte[] readInRandomPieces(InputStream in, SplittableRandom random) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[70_000];
        while (true) {
            if (random.nextBoolean()) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                read.write(b);
            } else {
                int n = in.read(buffer, 0, 1 + random.nextInt(buffer.length - 1));
                if (n < 0) {
                    break;
                }
                read.write(buffer, 0, n);
            }
        }
        return read.toByteArray();
    }
}
