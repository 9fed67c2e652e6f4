package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnVector;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Byte-level string helpers over UTF-8 (the storage of strings): searching, character counting and positions,
 * and the per-row loops of string predicates. A character is a code point: its first byte is the one that is not a
 * continuation byte ({@code 10xxxxxx}); ASCII text has one byte per character, which the position helpers test
 * first.
 */
final class StringKernels {
    private StringKernels() {}

    /** A test of one row's bytes against another's (a pattern, a prefix). */
    interface BytePredicate {
        boolean test(byte[] s, int sOffset, int sLength, byte[] p, int pOffset, int pLength);
    }

    /** The first index {@code >= from} (relative to {@code offset}) where {@code sub} occurs, or -1. */
    static int indexOf(byte[] s, int offset, int length, byte[] sub, int subOffset, int subLength, int from) {
        if (subLength == 0) {
            return from <= length ? from : -1;
        }
        byte first = sub[subOffset];
        int last = length - subLength;
        for (int i = from; i <= last; i++) {
            if (s[offset + i] == first
                    && Arrays.equals(s, offset + i, offset + i + subLength, sub, subOffset, subOffset + subLength)) {
                return i;
            }
        }
        return -1;
    }

    static boolean isAscii(byte[] s, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (s[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** The number of characters (code points) in the bytes. */
    static int numChars(byte[] s, int offset, int length) {
        int count = 0;
        for (int i = offset; i < offset + length; i++) {
            count += (s[i] & 0xC0) != 0x80 ? 1 : 0;
        }
        return count;
    }

    /** The byte offset (relative) of character {@code chars} of the bytes, or {@code length} past the end. */
    static int byteOfChar(byte[] s, int offset, int length, int chars) {
        int seen = 0;
        for (int i = 0; i < length; i++) {
            if ((s[offset + i] & 0xC0) != 0x80) {
                if (seen == chars) {
                    return i;
                }
                seen++;
            }
        }
        return length;
    }

    static String string(BytesVector v, int row) {
        return new String(v.bytes(), v.offset(row), v.length(row), StandardCharsets.UTF_8);
    }

    /** {@code predicate} of every row of {@code s} and {@code p}; null where either is. */
    static ColumnVector predicate(ColumnVector s, ColumnVector p, BytePredicate predicate) {
        int n = s.size();
        BytesVector a = (BytesVector) s;
        BytesVector b = (BytesVector) p;
        boolean[] nulls = Vectors.or(s.nulls(), p.nulls(), n);
        boolean[] out = new boolean[n];
        byte[] ab = a.bytes();
        byte[] bb = b.bytes();
        for (int i = 0; i < n; i++) {
            if (!Vectors.isNull(nulls, i)) {
                out[i] = predicate.test(ab, a.offset(i), a.length(i), bb, b.offset(i), b.length(i));
            }
        }
        return Vectors.ofBooleans(n, out, nulls);
    }

    /** A vector of strings from Java strings (null for null). */
    static BytesVector ofStrings(String[] values, int n) {
        BytesVector.Builder builder = BytesVector.builder(DataTypes.StringType, n);
        for (int i = 0; i < n; i++) {
            if (values[i] == null) {
                builder.appendNull();
            } else {
                builder.append(values[i]);
            }
        }
        return builder.build();
    }
}
