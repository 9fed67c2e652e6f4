package io.rivulet.sql.datasource.file;

import java.util.Arrays;

/**
 * A reusable buffer that encodes characters to UTF-8, so that a parser's field (a {@code char[]} range) goes into
 * a string column's bytes without a {@code String}. An unpaired surrogate becomes {@code ?}, as the JDK's encoder
 * writes it. Not thread-safe: one per reader.
 */
public final class Utf8Buffer {
    private byte[] bytes = new byte[256];
    private int length;

    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return length;
    }

    /** Encodes {@code chars[offset, offset + count)} into the buffer, replacing its content; returns the bytes. */
    public int encode(char[] chars, int offset, int count) {
        if (bytes.length < count * 3) {
            bytes = Arrays.copyOf(bytes, Math.max(count * 3, bytes.length * 2));
        }
        int n = 0;
        int end = offset + count;
        byte[] out = bytes;
        int i = offset;
        while (i < end && chars[i] < 0x80) { // ASCII runs: the common case
            out[n++] = (byte) chars[i++];
        }
        for (; i < end; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[++i]);
                out[n++] = (byte) (0xF0 | (cp >> 18));
                out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                out[n++] = '?';
            } else {
                out[n++] = (byte) (0xE0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        length = n;
        return n;
    }
}
