package io.rivulet.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.JobFailedException;
import io.rivulet.JobListener;
import io.rivulet.RDD;
import io.rivulet.Rivulet;
import io.rivulet.TaskInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileTest {
    /** Pieces of random files: multi-byte characters, CRLF, lone CR, empty lines. */
    private static final String[] PIECES = {"a", "bc", "xyz", "é", "€", "😀", "\n", "\n", "\n\n", "\r\n", "\r"};

    @TempDir
    Path dir;

    @Test
    void everyLineReadExactlyOnceWhateverTheSplitSize() throws IOException {
        Random random = new Random(42);
        for (int maxPartitionBytes : new int[] {1, 2, 3, 7, 16}) {
            try (Rivulet rv = rivulet(maxPartitionBytes)) {
                for (int round = 0; round < 25; round++) {
                    Path input = Files.createDirectory(dir.resolve("in-" + maxPartitionBytes + "-" + round));
                    List<String> expected = new ArrayList<>();
                    int files = 1 + random.nextInt(3);
                    for (int f = 0; f < files; f++) {
                        String text = randomText(random);
                        Path file = Files.writeString(input.resolve("f" + f + ".txt"), text, UTF_8);
                        expected.addAll(referenceLines(text));
                        if (text.indexOf('\r') < 0 || !text.replace("\r\n", "").contains("\r")) {
                            assertThat(referenceLines(text)).isEqualTo(Files.readAllLines(file, UTF_8));
                        }
                    }
                    int minPartitions = 1 + random.nextInt(4);
                    RDD<String> lines = rv.textFile(input.toString(), minPartitions);
                    assertThat(lines.collect())
                            .as("split size %s, %s partitions, %s", maxPartitionBytes, minPartitions, input)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void multiByteCharactersAtEverySplitBoundary() throws IOException {
        String text = "é€😀\n😀€é\r\n\n€\né";
        Path file = Files.writeString(dir.resolve("utf8.txt"), text, UTF_8);
        for (int size = 1; size <= text.getBytes(UTF_8).length; size++) {
            try (Rivulet rv = rivulet(size)) {
                assertThat(rv.textFile(file.toString(), 1).collect())
                        .as("split size %s", size)
                        .containsExactly("é€😀", "😀€é", "", "€", "é");
            }
        }
    }

    @Test
    void edgeCaseFiles() throws IOException {
        try (Rivulet rv = rivulet(7)) {
            assertThat(read(rv, "")).isEmpty();
            assertThat(read(rv, "\n")).containsExactly("");
            assertThat(read(rv, "\n\n\n")).containsExactly("", "", "");
            assertThat(read(rv, "no newline at the end")).containsExactly("no newline at the end");
            assertThat(read(rv, "one\ntwo\n")).containsExactly("one", "two");
            assertThat(read(rv, "crlf\r\nlines\r\n")).containsExactly("crlf", "lines");
            assertThat(read(rv, "a\n\nb\n")).containsExactly("a", "", "b");
            assertThat(read(rv, "lone\rcr\n")).containsExactly("lone\rcr");
        }
    }

    @Test
    void emptyFileIsOneEmptyPartition() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        try (Rivulet rv = rivulet(7)) {
            RDD<String> lines = rv.textFile(empty.toString());
            assertThat(lines.getNumPartitions()).isEqualTo(1);
            assertThat(lines.count()).isZero();
        }
    }

    @Test
    void linesLongerThanTheReadBuffer() throws IOException {
        String longLine = "0123456789abcdef".repeat(9000) + "€"; // 144 KiB, over two 64 KiB buffers
        String text = "first\n" + longLine + "\r\n" + longLine + "\nlast";
        Path file = Files.writeString(dir.resolve("long.txt"), text, UTF_8);
        try (Rivulet rv = rivulet(50_000)) {
            RDD<String> lines = rv.textFile(file.toString(), 1);
            assertThat(lines.getNumPartitions()).isGreaterThan(4);
            assertThat(lines.collect()).containsExactly("first", longLine, longLine, "last");
        }
    }

    @Test
    void minPartitionsSetsTheGoalSize() throws IOException {
        Path file = Files.writeString(dir.resolve("hundred.txt"), "123456789\n".repeat(10), UTF_8);
        try (Rivulet rv = Rivulet.builder().master("local[2]").build()) {
            assertThat(rv.textFile(file.toString()).getNumPartitions()).isEqualTo(2);
            assertThat(rv.textFile(file.toString(), 1).getNumPartitions()).isEqualTo(1);
            assertThat(rv.textFile(file.toString(), 3).getNumPartitions()).isEqualTo(3);
            RDD<String> four = rv.textFile(file.toString(), 4);
            assertThat(four.getNumPartitions()).isEqualTo(4);
            // Lines start every 10 bytes; splits are 0+25, 25+25, 50+25, 75+25. A split reads the lines
            // starting at or before its end (line 50 belongs to the second split) after skipping its first.
            assertThat(four.glom().collect()).extracting(List::size).containsExactly(3, 3, 2, 2);
            assertThat(four.collect()).hasSize(10).containsOnly("123456789");
        }
    }

    @Test
    void directoriesReadTheirVisibleFilesInNameOrder() throws IOException {
        Path input = Files.createDirectory(dir.resolve("input"));
        Files.writeString(input.resolve("b.txt"), "b1\nb2\n");
        Files.writeString(input.resolve("a.txt"), "a1\n");
        Files.writeString(input.resolve("_SUCCESS"), "");
        Files.writeString(input.resolve("_meta"), "hidden\n");
        Files.writeString(input.resolve(".a.txt.crc"), "hidden\n");
        Files.createDirectory(input.resolve("nested"));
        Files.writeString(input.resolve("nested").resolve("c.txt"), "not read: not recursive\n");
        try (Rivulet rv = rivulet(4)) {
            assertThat(rv.textFile(input.toString()).collect()).containsExactly("a1", "b1", "b2");
            // A file named directly is read whatever its name.
            assertThat(rv.textFile(input.resolve("_meta").toString()).collect()).containsExactly("hidden");
            Path empty = Files.createDirectory(dir.resolve("empty"));
            assertThat(rv.textFile(empty.toString()).getNumPartitions()).isZero();
            assertThat(rv.textFile(empty.toString()).collect()).isEmpty();
        }
    }

    @Test
    void globsAndCommaLists() throws IOException {
        Path logs = Files.createDirectory(dir.resolve("logs"));
        Files.writeString(logs.resolve("a.txt"), "a\n");
        Files.writeString(logs.resolve("b.txt"), "b\n");
        Files.writeString(logs.resolve("c.csv"), "c\n");
        Files.writeString(logs.resolve(".d.txt"), "hidden\n");
        Files.writeString(logs.resolve("_e.txt"), "hidden\n");
        for (String day : List.of("2024-01", "2024-02", "2023-12")) {
            Path dayDir = Files.createDirectories(dir.resolve("data").resolve(day));
            Files.writeString(dayDir.resolve("part-00000"), day + "/0\n");
            Files.writeString(dayDir.resolve("part-00001"), day + "/1\n");
            Files.writeString(dayDir.resolve("_SUCCESS"), "");
        }
        Files.createDirectories(dir.resolve("data").resolve(".2024-03.rivulet-tmp"));
        Files.writeString(dir.resolve("data").resolve(".2024-03.rivulet-tmp").resolve("part-00000"), "partial\n");
        String base = dir.toString();
        try (Rivulet rv = rivulet(1024)) {
            assertThat(rv.textFile(base + "/logs/*.txt").collect()).containsExactly("a", "b");
            assertThat(rv.textFile(base + "/logs/{c.csv,a.txt}").collect()).containsExactly("a", "c");
            assertThat(rv.textFile(base + "/logs/[bc].*").collect()).containsExactly("b", "c");
            assertThat(rv.textFile(base + "/logs/.*").collect()).containsExactly("hidden");
            assertThat(rv.textFile(base + "/data/2024-*/part-*").collect())
                    .containsExactly("2024-01/0", "2024-01/1", "2024-02/0", "2024-02/1");
            // A glob matching directories reads their visible files; hidden directories stay out.
            assertThat(rv.textFile(base + "/data/*").collect())
                    .containsExactly("2023-12/0", "2023-12/1", "2024-01/0", "2024-01/1", "2024-02/0", "2024-02/1");
            assertThat(rv.textFile(base + "/d?ta/2023-12/part-0000[1]").collect())
                    .containsExactly("2023-12/1");
            assertThat(rv.textFile(base + "/{logs/b.txt,data/2024-02/part-00000}")
                            .collect())
                    .containsExactly("b", "2024-02/0");
            // A comma list is read in the order given, and may mix files, directories and globs.
            assertThat(rv.textFile(base + "/logs/b.txt," + base + "/data/2023-12," + base + "/logs/{a,c}.*")
                            .collect())
                    .containsExactly("b", "2023-12/0", "2023-12/1", "a", "c");
            assertThat(rv.textFile("file://" + base + "/logs/a.txt").collect()).containsExactly("a");
        }
    }

    @Test
    void relativePathsAndGlobs() throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        Path input = Files.createDirectory(cwd.resolve("target").resolve("textfile-test-" + System.nanoTime()));
        try {
            Files.writeString(input.resolve("x.txt"), "x\n");
            String relative = cwd.relativize(input).toString();
            try (Rivulet rv = rivulet(1024)) {
                assertThat(rv.textFile(relative + "/x.txt").collect()).containsExactly("x");
                assertThat(rv.textFile(relative + "/*.txt").collect()).containsExactly("x");
                assertThat(rv.textFile("./" + relative + "/./*.txt").collect()).containsExactly("x");
            }
        } finally {
            Files.deleteIfExists(input.resolve("x.txt"));
            Files.deleteIfExists(input);
        }
    }

    @Test
    void gzipFilesAreReadWholeInOnePartition() throws IOException {
        Path input = Files.createDirectory(dir.resolve("gz"));
        List<String> expected = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            text.append("line ").append(i).append(i % 7 == 0 ? "\r\n" : "\n");
            expected.add("line " + i);
        }
        Files.write(input.resolve("a.gz"), gzip(text.toString()));
        // Two gzip members one after the other, as `cat x.gz y.gz` makes: one stream of both.
        ByteArrayOutputStream members = new ByteArrayOutputStream();
        members.write(gzip("first member\nends here"));
        members.write(gzip("\nsecond member\n"));
        Files.write(input.resolve("b.gz"), members.toByteArray());
        Files.write(input.resolve("c.gz"), new byte[0]);
        expected.addAll(List.of("first member", "ends here", "second member"));
        try (Rivulet rv = rivulet(7)) {
            RDD<String> lines = rv.textFile(input.toString());
            assertThat(lines.getNumPartitions()).isEqualTo(3);
            assertThat(lines.collect()).isEqualTo(expected);
        }
    }

    @Test
    void missingPathsFailWhenTheRddIsMade() throws IOException {
        Path missing = dir.resolve("missing.txt");
        Files.writeString(dir.resolve("present.txt"), "x\n");
        try (Rivulet rv = rivulet(1024)) {
            assertThatThrownBy(() -> rv.textFile(missing.toString()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Input path does not exist: " + missing.toAbsolutePath());
            assertThatThrownBy(() -> rv.textFile(dir.resolve("present.txt") + "," + missing))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Input path does not exist: " + missing.toAbsolutePath());
            String pattern = dir + "/*.csv";
            assertThatThrownBy(() -> rv.textFile(pattern))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Input pattern " + pattern + " matches 0 files");
            assertThatThrownBy(() -> rv.textFile(dir + "/nowhere/*"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("matches 0 files");
            assertThatThrownBy(() -> rv.textFile(dir + "/[x.txt"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Invalid input pattern " + dir + "/[x.txt");
            assertThatThrownBy(() -> rv.textFile(""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("input path is empty");
            assertThatThrownBy(() -> rv.textFile(dir + "/present.txt,"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("empty path in the input list");
            assertThatThrownBy(() -> rv.textFile("hdfs://namenode/data"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unsupported file system 'hdfs'");
        }
    }

    @Test
    void takeReadsOnlyTheFirstSplit() throws IOException {
        Path first = Files.writeString(dir.resolve("1.txt"), "line\n".repeat(100), UTF_8);
        Path second = Files.writeString(dir.resolve("2.txt"), "other\n".repeat(100), UTF_8);
        AtomicInteger tasks = new AtomicInteger();
        try (Rivulet rv = rivulet(64)) {
            rv.addListener(new JobListener() {
                @Override
                public void onTaskEnd(TaskInfo task) {
                    tasks.incrementAndGet();
                }
            });
            RDD<String> lines = rv.textFile(first + "," + second);
            assertThat(lines.getNumPartitions()).isGreaterThan(10);
            Files.delete(second); // any task reading the second file now fails
            assertThat(lines.take(5)).containsExactly("line", "line", "line", "line", "line");
            assertThat(tasks.get()).isEqualTo(1);
            assertThat(lines.first()).isEqualTo("line");
            assertThatThrownBy(lines::count)
                    .isInstanceOf(JobFailedException.class)
                    .hasRootCauseInstanceOf(NoSuchFileException.class)
                    .hasMessageContaining(second.toString());
        }
    }

    @Test
    void lineageNamesThePath() throws IOException {
        Path file = Files.writeString(dir.resolve("named.txt"), "x\n");
        try (Rivulet rv = rivulet(1024)) {
            assertThat(rv.textFile(file.toString()).map(String::length).toDebugString())
                    .contains(file + " TextFileRDD[");
        }
    }

    private Rivulet rivulet(int maxPartitionBytes) {
        return Rivulet.builder()
                .master("local[2]")
                .config("rivulet.files.maxPartitionBytes", String.valueOf(maxPartitionBytes))
                .build();
    }

    private int files;

    private List<String> read(Rivulet rv, String text) throws IOException {
        Path file = Files.writeString(dir.resolve("edge-" + files++ + ".txt"), text, UTF_8);
        return rv.textFile(file.toString(), 1).collect();
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(40);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    /** The line rules, written plainly: split at \n, drop a \r before it, no line after a final \n. */
    private static List<String> referenceLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            if (newline < 0) {
                lines.add(text.substring(start));
                break;
            }
            int end = newline > start && text.charAt(newline - 1) == '\r' ? newline - 1 : newline;
            lines.add(text.substring(start, end));
            start = newline + 1;
        }
        return lines;
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(UTF_8));
        }
        return bytes.toByteArray();
    }
}
