package io.rivulet.sql.datasource.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a stream as byte ranges of a reused buffer (no {@code String} per line): with the default separator
 * a line ends at {@code \n} and a {@code \r} before it is dropped; with {@code lineSep} set, lines end exactly at
 * that sequence. A last line without a separator is a line; a separator at the very end starts no empty line.
 * Counts lines, so that errors can name the line. Not thread-safe; does not close the stream.
 */
public final class LineSource {
    private final InputStream in;
    private final byte[] separator;
    private byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private boolean eof;
    private int lineStart;
    private int lineLength;
    private long lineNumber;

    /** {@code separator} null for the default ({@code \n} or {@code \r\n}). */
    public LineSource(InputStream in, byte[] separator) {
        this.in = in;
        this.separator = separator;
    }

    /** Advances to the next line; false at the end of the stream. */
    public boolean next() throws IOException {
        int scanFrom = pos;
        while (true) {
            int found = indexOfSeparator(scanFrom);
            if (found >= 0) {
                lineStart = pos;
                lineLength = found - pos;
                pos = found + (separator == null ? 1 : separator.length);
                if (separator == null && lineLength > 0 && buffer[lineStart + lineLength - 1] == '\r') {
                    lineLength--;
                }
                lineNumber++;
                return true;
            }
            if (eof) {
                if (pos == limit) {
                    return false;
                }
                lineStart = pos;
                lineLength = limit - pos;
                pos = limit;
                lineNumber++;
                return true;
            }
            scanFrom = Math.max(pos, limit - (separator == null ? 0 : separator.length - 1));
            int shift = pos;
            compactAndFill();
            scanFrom -= shift;
        }
    }

    private int indexOfSeparator(int from) {
        if (separator == null) {
            for (int i = from; i < limit; i++) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }
        byte first = separator[0];
        for (int i = from; i <= limit - separator.length; i++) {
            if (buffer[i] == first && Arrays.equals(buffer, i, i + separator.length, separator, 0, separator.length)) {
                return i;
            }
        }
        return -1;
    }

    private void compactAndFill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    public byte[] buffer() {
        return buffer;
    }

    public int start() {
        return lineStart;
    }

    public int length() {
        return lineLength;
    }

    /** The line's number in the stream, from 1. */
    public long lineNumber() {
        return lineNumber;
    }

    /** Whether the line is empty or only whitespace. */
    public boolean isBlank() {
        for (int i = lineStart; i < lineStart + lineLength; i++) {
            byte b = buffer[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** The line decoded (for error messages and the corrupt record column). */
    public String text() {
        return new String(buffer, lineStart, lineLength, java.nio.charset.StandardCharsets.UTF_8);
    }
}
