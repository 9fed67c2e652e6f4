package io.rivulet.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads {@code \n}-terminated lines of UTF-8 text from a stream, counting the bytes it consumes so that a
 * caller reading a file split knows where each line started.
 *
 * <p>Line rules: a line ends at {@code \n}; a {@code \r} right before that {@code \n} is dropped (CRLF
 * files read as LF ones), any other {@code \r} is text. A last line without a newline is a line; a newline
 * at the very end does not start an extra empty line. Bytes are scanned for {@code \n} before decoding,
 * which is safe in UTF-8: the byte {@code 0x0A} never occurs inside a multi-byte character. Malformed
 * UTF-8 decodes to U+FFFD rather than failing the task.
 *
 * <p>Lines that fit in the 64 KiB buffer are decoded straight from it; longer ones are gathered in a
 * growing array. Not thread-safe; does not close the stream.
 */
final class LineReader {
    static final int BUFFER_SIZE = 64 * 1024;
    private static final int MAX_LINE_BYTES = Integer.MAX_VALUE - 16;

    private final InputStream in;
    private final byte[] buffer;
    private int bufferStart;
    private int bufferEnd;
    private byte[] longLine = new byte[0];
    private int longLineLength;
    private long bytesConsumed;

    public LineReader(InputStream in) {
        this(in, BUFFER_SIZE);
    }

    /** With a smaller buffer, for tests of lines longer than the buffer. */
    LineReader(InputStream in, int bufferSize) {
        this.in = requireNonNull(in, "in is null");
        this.buffer = new byte[bufferSize];
    }

    /** Bytes consumed so far: the start of the next line, relative to where the stream started. */
    public long bytesConsumed() {
        return bytesConsumed;
    }

    /** The next line without its terminator, or null at the end of the stream. */
    public String readLine() throws IOException {
        longLineLength = 0;
        boolean sawBytes = false;
        while (true) {
            if (bufferStart == bufferEnd && !fill()) {
                return sawBytes ? decodeLongLine(false) : null;
            }
            sawBytes = true;
            int start = bufferStart;
            int newline = indexOfNewline(start);
            if (newline < 0) {
                appendToLongLine(start, bufferEnd);
                consume(bufferEnd - start);
                continue;
            }
            consume(newline + 1 - start);
            if (longLineLength == 0) {
                int end = newline > start && buffer[newline - 1] == '\r' ? newline - 1 : newline;
                return new String(buffer, start, end - start, UTF_8);
            }
            appendToLongLine(start, newline);
            return decodeLongLine(true);
        }
    }

    /** Skips to just after the next {@code \n} (or to the end); returns the bytes skipped. */
    public long skipLine() throws IOException {
        long before = bytesConsumed;
        while (bufferStart < bufferEnd || fill()) {
            int newline = indexOfNewline(bufferStart);
            if (newline >= 0) {
                consume(newline + 1 - bufferStart);
                break;
            }
            consume(bufferEnd - bufferStart);
        }
        return bytesConsumed - before;
    }

    private int indexOfNewline(int from) {
        for (int i = from; i < bufferEnd; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void consume(int n) {
        bufferStart += n;
        bytesConsumed += n;
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        bufferStart = 0;
        bufferEnd = Math.max(n, 0);
        return n > 0;
    }

    private void appendToLongLine(int from, int to) throws IOException {
        int n = to - from;
        if (longLineLength + (long) n > MAX_LINE_BYTES) {
            throw new IOException("line longer than " + MAX_LINE_BYTES + " bytes at byte "
                    + (bytesConsumed - longLineLength) + " of the stream");
        }
        if (longLineLength + n > longLine.length) {
            long grown = Math.max((long) longLine.length * 2, longLineLength + n);
            longLine = Arrays.copyOf(longLine, (int) Math.min(grown, MAX_LINE_BYTES));
        }
        System.arraycopy(buffer, from, longLine, longLineLength, n);
        longLineLength += n;
    }

    private String decodeLongLine(boolean endedByNewline) {
        int length = longLineLength;
        if (endedByNewline && length > 0 && longLine[length - 1] == '\r') {
            length--;
        }
        String line = new String(longLine, 0, length, UTF_8);
        longLineLength = 0;
        if (longLine.length > buffer.length * 4) {
            longLine = new byte[0]; // do not keep one huge line's array for the rest of the split
        }
        return line;
    }
}
