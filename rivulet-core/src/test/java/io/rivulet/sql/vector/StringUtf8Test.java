package io.rivulet.sql.vector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StringUtf8Test {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Expected values computed with the reference C library (libxxhash 0.8.1, XXH64). */
    @Test
    void xxhash64MatchesTheReferenceImplementation() {
        assertThat(StringUtf8.xxhash64(new byte[0], 0, 0, 0)).isEqualTo(0xEF46DB3751D8E999L);
        assertThat(StringUtf8.xxhash64(utf8("abc"), 0, 3, 0)).isEqualTo(0x44BC2CF5AD770999L);
        assertThat(StringUtf8.hash(utf8("abc"), 0, 3)).isEqualTo(0x13C1D910702770E6L);
        byte[] longer = utf8("hello world, this is longer than 32 bytes!!");
        assertThat(StringUtf8.hash(longer, 0, longer.length)).isEqualTo(0x15D6B95F600BEC4FL);
        byte[] framed = utf8("__abc__");
        assertThat(StringUtf8.hash(framed, 2, 3)).isEqualTo(StringUtf8.hash(utf8("abc"), 0, 3));
    }

    @Test
    void comparisonIsCodePointOrder() {
        String[] ascending = {"", "A", "Z", "a", "ab", "é", "日", "😀"};
        for (int i = 0; i + 1 < ascending.length; i++) {
            byte[] a = utf8(ascending[i]);
            byte[] b = utf8(ascending[i + 1]);
            assertThat(StringUtf8.compare(a, 0, a.length, b, 0, b.length))
                    .as("%s < %s", ascending[i], ascending[i + 1])
                    .isNegative();
            assertThat(ascending[i].codePoints().toArray())
                    .isNotEqualTo(ascending[i + 1].codePoints().toArray());
        }
        byte[] x = utf8("xyz");
        assertThat(StringUtf8.compare(x, 0, 3, utf8("xyz"), 0, 3)).isZero();
        assertThat(StringUtf8.equals(x, 1, 2, utf8("yz"), 0, 2)).isTrue();
    }

    @Test
    void charactersAreCodePoints() {
        byte[] text = utf8("aé日😀");
        assertThat(StringUtf8.numChars(text, 0, text.length)).isEqualTo(4);
        assertThat(StringUtf8.decode(text, 1, 2)).isEqualTo("é");
        assertThat(StringUtf8.encode("日")).containsExactly(utf8("日"));
    }
}
