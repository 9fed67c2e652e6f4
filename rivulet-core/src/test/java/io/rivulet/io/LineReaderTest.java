package io.rivulet.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {
    @Test
    void lineRules() throws IOException {
        assertThat(lines("", 16)).isEmpty();
        assertThat(lines("\n", 16)).containsExactly("");
        assertThat(lines("\n\n", 16)).containsExactly("", "");
        assertThat(lines("a", 16)).containsExactly("a");
        assertThat(lines("a\n", 16)).containsExactly("a");
        assertThat(lines("a\n\nb", 16)).containsExactly("a", "", "b");
        assertThat(lines("a\r\nb\r\n", 16)).containsExactly("a", "b");
        assertThat(lines("\r\n", 16)).containsExactly("");
        // Only a \r right before \n ends a line with it; any other \r is text.
        assertThat(lines("a\rb\n\r", 16)).containsExactly("a\rb", "\r");
        assertThat(lines("a\r\r\n", 16)).containsExactly("a\r");
    }

    @Test
    void linesLongerThanTheBuffer() throws IOException {
        String longLine = "x".repeat(100) + "é€😀" + "y".repeat(37);
        String text = "ab\n" + longLine + "\r\n" + longLine + "\n\n" + longLine;
        for (int bufferSize = 1; bufferSize <= 12; bufferSize++) {
            assertThat(lines(text, bufferSize))
                    .as("buffer of %s bytes", bufferSize)
                    .containsExactly("ab", longLine, longLine, "", longLine);
        }
    }

    @Test
    void crlfSplitAcrossBufferRefills() throws IOException {
        // "abc\r" fills a 4-byte buffer exactly; the \n comes with the next refill.
        assertThat(lines("abc\r\nde\r\n", 4)).containsExactly("abc", "de");
        assertThat(lines("abc\r", 4)).containsExactly("abc\r");
    }

    @Test
    void countsConsumedBytesAndSkipsLines() throws IOException {
        byte[] bytes = "é1\nabc\r\n\nlast".getBytes(UTF_8);
        LineReader reader = new LineReader(new ByteArrayInputStream(bytes), 2);
        assertThat(reader.skipLine()).isEqualTo(4);
        assertThat(reader.readLine()).isEqualTo("abc");
        assertThat(reader.bytesConsumed()).isEqualTo(9);
        assertThat(reader.readLine()).isEmpty();
        assertThat(reader.readLine()).isEqualTo("last");
        assertThat(reader.bytesConsumed()).isEqualTo(bytes.length);
        assertThat(reader.readLine()).isNull();
        assertThat(reader.skipLine()).isZero();
    }

    @Test
    void malformedUtf8BecomesReplacementCharacters() throws IOException {
        byte[] bytes = {'a', (byte) 0xC3, '\n', (byte) 0xFF, 'b'};
        LineReader reader = new LineReader(new ByteArrayInputStream(bytes));
        assertThat(reader.readLine()).isEqualTo("a\uFFFD");
        assertThat(reader.readLine()).isEqualTo("\uFFFDb");
    }

    private static List<String> lines(String text, int bufferSize) throws IOException {
        LineReader reader = new LineReader(new ByteArrayInputStream(text.getBytes(UTF_8)), bufferSize);
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(line);
        }
        return lines;
    }
}
