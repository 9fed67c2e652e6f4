package io.rivulet.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileSplitsTest {
    private static final InputFile A = new InputFile(Path.of("/data/a.txt"), 100);

    @Test
    void cutsAtSplitSizeWithSlopForTheLastSplit() {
        // 100 bytes in pieces of 30: 30, 30, 30 would leave 10; 40 / 30 = 1.33 > 1.1, so 30 | 30 | 30 | 10.
        assertThat(ranges(FileSplits.plan(List.of(A), 1, 30))).containsExactly("0+30", "30+30", "60+30", "90+10");
        // Pieces of 32: 100 - 64 = 36, and 36 / 32 = 1.125 > 1.1, so one more cut; 100 - 96 = 4.
        assertThat(ranges(FileSplits.plan(List.of(A), 1, 32))).containsExactly("0+32", "32+32", "64+32", "96+4");
        // Pieces of 33: 100 - 66 = 34, and 34 / 33 = 1.03 <= 1.1: the last split takes all 34.
        assertThat(ranges(FileSplits.plan(List.of(A), 1, 33))).containsExactly("0+33", "33+33", "66+34");
        // 100 / 91 = 1.099 <= 1.1: one split.
        assertThat(ranges(FileSplits.plan(List.of(A), 1, 91))).containsExactly("0+100");
    }

    @Test
    void goalSizeComesFromMinPartitionsOverAllFiles() {
        InputFile b = new InputFile(Path.of("/data/b.txt"), 20);
        // total 120 / 4 = 30 per split, below maxPartitionBytes.
        List<FileSplit> splits = FileSplits.plan(List.of(A, b), 4, 1L << 20);
        assertThat(ranges(splits)).containsExactly("0+30", "30+30", "60+30", "90+10", "0+20");
        assertThat(splits.get(4).file()).isEqualTo(b);
        assertThat(FileSplits.plan(List.of(A), 3, 1L << 20)).hasSize(3);
        assertThat(FileSplits.plan(List.of(A), 200, 1L << 20)).hasSize(100); // at least one byte a split
    }

    @Test
    void emptyFilesAndGzipFilesAreOneSplit() {
        InputFile empty = new InputFile(Path.of("/data/empty.txt"), 0);
        InputFile gz = new InputFile(Path.of("/data/logs.gz"), 1000);
        assertThat(ranges(FileSplits.plan(List.of(empty, gz, empty), 2, 7))).containsExactly("0+0", "0+1000", "0+0");
        assertThat(FileSplits.plan(List.of(), 2, 7)).isEmpty();
    }

    @Test
    void printsLikeHadoop() {
        assertThat(new FileSplit(A, 30, 30)).hasToString("/data/a.txt:30+30");
    }

    @Test
    void refusesAbsurdlyManySplits() {
        InputFile huge = new InputFile(Path.of("/data/huge"), 1L << 40);
        assertThatThrownBy(() -> FileSplits.plan(List.of(huge), 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too many")
                .hasMessageContaining("rivulet.files.maxPartitionBytes");
    }

    private static List<String> ranges(List<FileSplit> splits) {
        return splits.stream().map(s -> s.start() + "+" + s.length()).toList();
    }
}
