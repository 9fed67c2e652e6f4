package io.rivulet.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobTest {
    @Test
    void recognisesPatterns() {
        assertThat(Glob.isPattern("logs/a.txt")).isFalse();
        assertThat(Glob.isPattern("logs/*.txt")).isTrue();
        assertThat(Glob.isPattern("part-0000?")).isTrue();
        assertThat(Glob.isPattern("[ab].txt")).isTrue();
        assertThat(Glob.isPattern("{a,b}.txt")).isTrue();
    }

    @Test
    void splitsListsOutsideBraces() {
        assertThat(Glob.splitOutsideBraces("a,{b,c},d")).containsExactly("a", "{b,c}", "d");
        assertThat(Glob.splitOutsideBraces("x")).containsExactly("x");
        assertThat(Glob.splitOutsideBraces("a,")).containsExactly("a", "");
    }

    @Test
    void expandsOnlyBracesThatSpanComponents() {
        assertThat(Glob.expandBracesAcrossComponents("d/{a,b}.txt")).containsExactly("d/{a,b}.txt");
        assertThat(Glob.expandBracesAcrossComponents("d/{x/a,y/b}.txt")).containsExactly("d/x/a.txt", "d/y/b.txt");
        assertThat(Glob.expandBracesAcrossComponents("{x/a,y}/{p/q,r}"))
                .containsExactly("x/a/p/q", "x/a/r", "y/p/q", "y/r");
        assertThat(Glob.expandBracesAcrossComponents("{x/a,{b,c}}")).containsExactly("x/a", "{b,c}");
        assertThat(Glob.expandBracesAcrossComponents("d/\\{x/a,b}")).containsExactly("d/\\{x/a,b}");
        assertThat(Glob.expandBracesAcrossComponents("d/{x/a")).containsExactly("d/{x/a");
    }
}
