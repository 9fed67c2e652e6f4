package io.rivulet.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.JobFailedException;
import io.rivulet.JobInfo;
import io.rivulet.JobListener;
import io.rivulet.Pair;
import io.rivulet.RDD;
import io.rivulet.Rivulet;
import io.rivulet.StageInfo;
import io.rivulet.TaskInfo;
import io.rivulet.task.TaskContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveTest {
    @TempDir
    Path dir;

    @Test
    void textRoundTripWithPartFilesAndSuccessMarker() throws IOException {
        List<String> data = Arrays.asList("alpha", null, "", "gamma é€😀", "delta", null, "last");
        Path out = dir.resolve("text");
        try (Rivulet rv = rivulet()) {
            rv.parallelize(data, 3).saveAsTextFile(out.toString());
            assertThat(names(out)).containsExactly("_SUCCESS", "part-00000", "part-00001", "part-00002");
            assertThat(Files.size(out.resolve("_SUCCESS"))).isZero();
            List<String> expected = data.stream().map(String::valueOf).toList();
            assertThat(rv.textFile(out.toString()).collect()).isEqualTo(expected);
            List<String> written = new ArrayList<>();
            for (String part : List.of("part-00000", "part-00001", "part-00002")) {
                written.addAll(Files.readAllLines(out.resolve(part), UTF_8));
            }
            assertThat(written).isEqualTo(expected);
            assertThat(Files.readString(out.resolve("part-00000"), UTF_8)).endsWith("\n");
        }
        assertThat(names(dir)).containsExactly("text"); // no temporary directory left
    }

    @Test
    void pairsAreWrittenAsTheirToString() throws IOException {
        Path out = dir.resolve("pairs");
        try (Rivulet rv = rivulet()) {
            rv.parallelizePairs(List.of(Pair.of("a", 1), Pair.of("b", 2)), 1).saveAsTextFile(out.toString());
        }
        assertThat(Files.readAllLines(out.resolve("part-00000"))).containsExactly("(a,1)", "(b,2)");
    }

    @Test
    void truncatedObjectFileFailsNamingTheFile() throws IOException {
        Path out = dir.resolve("truncated");
        try (Rivulet rv = Rivulet.builder()
                .master("local[1]")
                .config("rivulet.task.maxFailures", "1")
                .build()) {
            rv.parallelize(List.of("a", "b", "c"), 1).saveAsObjectFile(out.toString());
            Path part = out.resolve("part-00000");
            byte[] bytes = Files.readAllBytes(part);
            Files.write(part, Arrays.copyOf(bytes, bytes.length - 1));
            assertThatThrownBy(() -> rv.objectFile(out.toString()).collect())
                    .isInstanceOf(JobFailedException.class)
                    .cause()
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining(part.toString());
        }
    }

    @Test
    void objectRoundTripKeepsNullsPairsAndOrder() throws IOException {
        List<Object> data = new ArrayList<>();
        for (int i = 0; i < 2500; i++) { // more than the serializer's reset interval
            data.add(i % 10 == 0 ? null : i % 3 == 0 ? Pair.of("k" + i, List.of(i, i + 1)) : (Object) ("v" + i));
        }
        Path out = dir.resolve("objects");
        try (Rivulet rv = rivulet()) {
            rv.parallelize(data, 4).saveAsObjectFile(out.toString());
            assertThat(names(out)).containsExactly("_SUCCESS", "part-00000", "part-00001", "part-00002", "part-00003");
            RDD<Object> read = rv.objectFile(out.toString());
            assertThat(read.getNumPartitions()).isEqualTo(4);
            assertThat(read.collect()).isEqualTo(data);
            assertThat(rv.<Object>objectFile(out + "/part-0000[13]").count()).isEqualTo(1250);
            assertThat(rv.<Object>objectFile(out + "/part-00002," + out + "/part-00000")
                            .getNumPartitions())
                    .isEqualTo(2);
        }
    }

    @Test
    void objectFileOfAMissingPathFailsNamingIt() {
        Path missing = dir.resolve("no-such-output");
        try (Rivulet rv = rivulet()) {
            assertThatThrownBy(() -> rv.objectFile(missing.toString()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Input path does not exist: " + missing.toAbsolutePath());
            assertThatThrownBy(() -> rv.objectFile(missing + "/part-*"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Input pattern " + missing + "/part-* matches 0 files");
        }
    }

    @Test
    void emptyRddsWriteOnlyTheMarkerOrEmptyParts() throws IOException {
        try (Rivulet rv = rivulet()) {
            Path none = dir.resolve("none");
            rv.<String>emptyRDD().saveAsTextFile(none.toString());
            assertThat(names(none)).containsExactly("_SUCCESS");
            assertThat(rv.textFile(none.toString()).collect()).isEmpty();
            assertThat(rv.objectFile(none.toString()).collect()).isEmpty();

            Path emptyParts = dir.resolve("empty-parts");
            rv.parallelize(List.of("x"), 3).saveAsObjectFile(emptyParts.toString());
            assertThat(rv.<String>objectFile(emptyParts.toString()).collect()).containsExactly("x");
        }
    }

    @Test
    void createsMissingParents() throws IOException {
        Path out = dir.resolve("a").resolve("b").resolve("c");
        try (Rivulet rv = rivulet()) {
            rv.range(0, 10).saveAsTextFile(out.toString());
            assertThat(rv.textFile(out.toString()).map(Long::parseLong).collect())
                    .isEqualTo(LongStream.range(0, 10).boxed().toList());
        }
    }

    @Test
    void existingOutputIsAnErrorThatTouchesNothing() throws IOException {
        Path out = Files.createDirectory(dir.resolve("existing"));
        Files.writeString(out.resolve("keep.txt"), "precious\n");
        Path file = Files.writeString(dir.resolve("a-file"), "also precious\n");
        Path emptyDir = Files.createDirectory(dir.resolve("empty-dir"));
        AtomicLong jobs = new AtomicLong();
        try (Rivulet rv = rivulet()) {
            rv.addListener(new JobListener() {
                @Override
                public void onJobStart(JobInfo job) {
                    jobs.incrementAndGet();
                }
            });
            for (Path existing : List.of(out, file, emptyDir)) {
                assertThatThrownBy(() -> rv.parallelize(List.of("x")).saveAsTextFile(existing.toString()))
                        .isInstanceOf(UncheckedIOException.class)
                        .hasMessageContaining(existing.toString())
                        .hasCauseInstanceOf(FileAlreadyExistsException.class);
                assertThatThrownBy(() -> rv.parallelize(List.of("x")).saveAsObjectFile(existing.toString()))
                        .isInstanceOf(UncheckedIOException.class)
                        .hasCauseInstanceOf(FileAlreadyExistsException.class);
            }
        }
        assertThat(jobs.get()).isZero();
        assertThat(names(out)).containsExactly("keep.txt");
        assertThat(Files.readString(out.resolve("keep.txt"))).isEqualTo("precious\n");
        assertThat(Files.readString(file)).isEqualTo("also precious\n");
        assertThat(names(emptyDir)).isEmpty();
        assertThat(names(dir)).containsExactly("a-file", "empty-dir", "existing");
    }

    @Test
    void failedJobLeavesNoOutputAndNoTemporaryDirectory() throws IOException {
        Path out = dir.resolve("failed");
        try (Rivulet rv = Rivulet.builder()
                .master("local[2]")
                .config("rivulet.task.maxFailures", "1")
                .build()) {
            RDD<Integer> failing = rv.parallelize(
                            IntStream.range(0, 300).boxed().toList(), 3)
                    .map(i -> {
                        if (i == 250) {
                            throw new IllegalStateException("boom at " + i);
                        }
                        return i;
                    });
            assertThatThrownBy(() -> failing.saveAsTextFile(out.toString()))
                    .isInstanceOf(JobFailedException.class)
                    .hasMessageContaining("partition 2")
                    .cause()
                    .hasMessage("boom at 250");
            assertThatThrownBy(() -> failing.saveAsObjectFile(out.toString())).isInstanceOf(JobFailedException.class);
        }
        assertThat(out).doesNotExist();
        assertThat(names(dir)).isEmpty();
    }

    @Test
    void retriedTaskProducesCorrectOutputWithoutAttemptFiles() throws IOException {
        Path text = dir.resolve("retried-text");
        Path objects = dir.resolve("retried-objects");
        List<Integer> data = IntStream.range(0, 1000).boxed().toList();
        try (Rivulet rv = Rivulet.builder()
                .master("local[2]")
                .config("rivulet.task.maxFailures", "2")
                .build()) {
            AtomicLong failedTasks = new AtomicLong();
            rv.addListener(new JobListener() {
                @Override
                public void onTaskEnd(TaskInfo task) {
                    if (!task.successful()) {
                        failedTasks.incrementAndGet();
                    }
                }
            });
            // Each partition's first attempt writes some records, then fails with a checked exception.
            RDD<Integer> flaky = rv.parallelize(data, 4).mapPartitions(SaveTest::failOnFirstAttemptAfter100);
            flaky.saveAsTextFile(text.toString());
            flaky.saveAsObjectFile(objects.toString());
            assertThat(failedTasks.get()).isEqualTo(8);
            assertThat(rv.textFile(text.toString()).map(Integer::parseInt).collect())
                    .isEqualTo(data);
            assertThat(rv.<Integer>objectFile(objects.toString()).collect()).isEqualTo(data);
        }
        for (Path out : List.of(text, objects)) {
            assertThat(names(out)).containsExactly("_SUCCESS", "part-00000", "part-00001", "part-00002", "part-00003");
        }
        assertThat(names(dir)).containsExactly("retried-objects", "retried-text");
    }

    @Test
    void reportsRecordsWritten() {
        Path out = dir.resolve("metrics");
        List<StageInfo> stages = new ArrayList<>();
        try (Rivulet rv = rivulet()) {
            rv.addListener(new JobListener() {
                @Override
                public void onStageCompleted(StageInfo stage) {
                    stages.add(stage);
                }
            });
            rv.range(0, 123, 1, 3).saveAsTextFile(out.toString());
        }
        assertThat(stages).hasSize(1);
        assertThat(stages.get(0).metrics().recordsWritten()).isEqualTo(123);
    }

    @Test
    void concurrentSavesToOnePathLeaveOneWholeOutput() throws Exception {
        Path out = dir.resolve("contended");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Rivulet rv = rivulet()) {
            List<Future<String>> results = new ArrayList<>();
            for (String tag : List.of("first", "second")) {
                results.add(threads.submit(() -> {
                    try {
                        rv.range(0, 2000, 1, 4).map(i -> tag + i).saveAsTextFile(out.toString());
                        return tag;
                    } catch (UncheckedIOException e) {
                        assertThat(e).hasCauseInstanceOf(FileAlreadyExistsException.class);
                        return "refused";
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsOnlyOnce("refused");
            String winner = outcomes.stream()
                    .filter(o -> !o.equals("refused"))
                    .findFirst()
                    .orElseThrow();
            assertThat(rv.textFile(out.toString()).collect())
                    .isEqualTo(
                            IntStream.range(0, 2000).mapToObj(i -> winner + i).toList());
        } finally {
            threads.shutdownNow();
        }
        assertThat(names(dir)).containsExactly("contended");
    }

    private static Iterator<Integer> failOnFirstAttemptAfter100(Iterator<Integer> partition) {
        boolean fail = TaskContext.current().attempt() == 0;
        return new Iterator<>() {
            private int seen;

            @Override
            public boolean hasNext() {
                return partition.hasNext();
            }

            @Override
            public Integer next() {
                if (fail && ++seen > 100) {
                    throw sneaky(new Exception("flaky first attempt"));
                }
                return partition.next();
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }

    private static Rivulet rivulet() {
        return Rivulet.builder().master("local[2]").build();
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> children = Files.list(directory)) {
            return children.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
