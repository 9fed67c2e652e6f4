package io.rivulet.cli;

import io.rivulet.Pair;
import io.rivulet.Rivulet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The job that {@code bin/rivulet} runs once after each build, through {@code rivulet run --class}, to record
 * which classes a typical start loads (picocli, the launcher, the engine, a shuffle, a file read and written)
 * into a class-data sharing archive or an AOT cache: later starts map them instead of loading them one by one.
 * Not meant to be run by hand; it prints nothing and leaves nothing behind.
 */
public final class TrainingJob {
    private TrainingJob() {}

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("rivulet-training");
        try (Rivulet rv = Rivulet.builder().appName("training").build()) {
            Path input = Files.writeString(dir.resolve("words.txt"), "to be or not to be\nthat is the question\n");
            List<Pair<String, Long>> counts = rv.textFile(input.toString())
                    .flatMap(line -> Arrays.asList(line.split(" ")))
                    .mapToPair(word -> Pair.of(word, 1L))
                    .reduceByKey(Long::sum)
                    .takeOrdered(3, (a, b) -> Long.compare(b.value(), a.value()));
            rv.parallelize(counts, 2)
                    .sortBy(Pair::key, true, 2)
                    .saveAsTextFile(dir.resolve("out").toString());
            rv.range(0, 1000).map(x -> x * 2).filter(x -> x % 3 == 0).count();
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path path :
                        files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
