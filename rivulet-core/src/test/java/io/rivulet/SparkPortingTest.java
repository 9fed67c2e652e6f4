package io.rivulet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Spark users porting code reach for (issue 15): {@code mapToDouble} and its {@link DoubleRDD}, against
 * plain Java on random data and Spark's own documented examples; {@code wholeTextFiles}; the flatMap variants
 * taking an {@code Iterator}-returning function as Spark 2's Java API does.
 */
class SparkPortingTest {
    private static Rivulet rv;

    @BeforeAll
    static void start() {
        rv = Rivulet.builder().master("local[3]").appName("porting").build();
    }

    @AfterAll
    static void stop() {
        rv.close();
    }

    @Test
    void doubleRddStatisticsMatchPlainJava() {
        Random random = new Random(15);
        for (int round = 0; round < 20; round++) {
            int n = random.nextInt(2_000) + 2;
            List<Integer> values = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                values.add(random.nextInt(10_000) - 5_000);
            }
            DoubleRDD doubles = rv.parallelize(values, random.nextInt(5) + 1).mapToDouble(x -> x / 7.0);
            double[] plain = values.stream().mapToDouble(x -> x / 7.0).toArray();
            double mean = Arrays.stream(plain).average().orElseThrow();
            double m2 = Arrays.stream(plain).map(x -> (x - mean) * (x - mean)).sum();
            StatCounter stats = doubles.stats();
            assertThat(stats.count()).isEqualTo(n);
            assertThat(stats.mean()).isCloseTo(mean, within(1e-9));
            assertThat(doubles.sum()).isCloseTo(Arrays.stream(plain).sum(), within(1e-6));
            assertThat(doubles.variance()).isCloseTo(m2 / n, within(1e-6));
            assertThat(doubles.sampleVariance()).isCloseTo(m2 / (n - 1), within(1e-6));
            assertThat(doubles.stdev()).isCloseTo(Math.sqrt(m2 / n), within(1e-9));
            assertThat(doubles.sampleStdev()).isCloseTo(Math.sqrt(m2 / (n - 1)), within(1e-9));
            assertThat(stats.max()).isEqualTo(Arrays.stream(plain).max().orElseThrow());
            assertThat(stats.min()).isEqualTo(Arrays.stream(plain).min().orElseThrow());
        }
    }

    @Test
    void statsOfNothingAndOneAreSparks() {
        StatCounter none =
                rv.parallelize(List.<Double>of(), 2).mapToDouble(x -> x).stats();
        assertThat(none.count()).isZero();
        assertThat(none.sum()).isZero();
        assertThat(none.variance()).isNaN();
        assertThat(none.max()).isEqualTo(Double.NEGATIVE_INFINITY);
        StatCounter one = StatCounter.of(3.5);
        assertThat(one.variance()).isZero();
        assertThat(one.sampleVariance()).isNaN();
        assertThat(StatCounter.of(1, 2, 3).toString())
                .isEqualTo("(count: 3, mean: 2.000000, stdev: 0.816497, max: 3.000000, min: 1.000000)");
    }

    @Test
    void histogramsAreSparks() {
        // Spark's documented examples (DoubleRDDFunctions.histogram).
        DoubleRDD fourNumbers = rv.parallelize(List.of(1.0, 2.0, 3.0, 4.0), 2).mapToDouble(x -> x);
        Pair<double[], long[]> evenly = fourNumbers.histogram(2);
        assertThat(evenly.key()).containsExactly(1.0, 2.5, 4.0);
        assertThat(evenly.value()).containsExactly(2, 2);
        DoubleRDD spread =
                rv.parallelize(List.of(1.0, 10.0, 20.0, 50.0, 51.0), 3).mapToDouble(x -> x);
        assertThat(spread.histogram(new double[] {1, 10, 20, 50})).containsExactly(1, 1, 2);
        assertThat(spread.histogram(new double[] {0, 1})).containsExactly(1);
        // All equal: one bucket [min, min].
        Pair<double[], long[]> same =
                rv.parallelize(List.of(7, 7, 7), 2).mapToDouble(x -> x).histogram(4);
        assertThat(same.key()).containsExactly(7.0, 7.0);
        assertThat(same.value()).containsExactly(3);
        // Random data: the counts add up and each value is in its bucket.
        Random random = new Random(7);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            values.add(random.nextGaussian());
        }
        Pair<double[], long[]> histogram =
                rv.parallelize(values, 4).mapToDouble(x -> x).histogram(10);
        long[] expected = new long[10];
        for (double value : values) {
            int bucket = 0;
            while (bucket < 9 && value >= histogram.key()[bucket + 1]) {
                bucket++;
            }
            expected[bucket]++;
        }
        assertThat(Arrays.stream(histogram.value()).sum()).isEqualTo(5_000);
        assertThat(histogram.value()).containsExactly(expected);
        assertThatThrownBy(() ->
                        rv.parallelize(List.<Double>of(), 1).mapToDouble(x -> x).histogram(3))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> fourNumbers.histogram(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wholeTextFilesGivesEachFileWholeWithItsPath(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "first\nfile\n");
        Files.writeString(dir.resolve("b.txt"), "");
        Files.writeString(dir.resolve(".hidden"), "never read");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("c.txt.gz")))) {
            out.write("zipped ünïcode".getBytes(StandardCharsets.UTF_8));
        }
        PairRDD<String, String> files = rv.wholeTextFiles(dir.toString());
        Map<String, String> byPath = files.collectAsMap();
        assertThat(byPath)
                .containsOnly(
                        Map.entry(dir.resolve("a.txt").toAbsolutePath().toString(), "first\nfile\n"),
                        Map.entry(dir.resolve("b.txt").toAbsolutePath().toString(), ""),
                        Map.entry(dir.resolve("c.txt.gz").toAbsolutePath().toString(), "zipped ünïcode"));
        assertThat(files.getNumPartitions()).isEqualTo(3);
        assertThat(rv.wholeTextFiles(dir.resolve("a.txt").toString(), 8).getNumPartitions())
                .isEqualTo(1);
        assertThatThrownBy(() -> rv.wholeTextFiles(dir.resolve("none*").toString()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void iteratorReturningFlatMapsAsSpark2() {
        List<String> lines = List.of("a b", "", "c a");
        assertThat(rv.parallelize(lines, 2)
                        .flatMapIterator(line -> Arrays.asList(line.split(" ")).iterator())
                        .collect())
                .containsExactly("a", "b", "", "c", "a");
        assertThat(rv.parallelize(lines, 2)
                        .flatMapToPairIterator(line -> Arrays.stream(line.split(" "))
                                .filter(w -> !w.isEmpty())
                                .map(w -> Pair.of(w, 1))
                                .iterator())
                        .reduceByKey(Integer::sum)
                        .collectAsMap())
                .containsOnly(Map.entry("a", 2), Map.entry("b", 1), Map.entry("c", 1));
        assertThat(rv.parallelizePairs(List.of(Pair.of("k", "x,y"), Pair.of("e", "")), 1)
                        .flatMapValuesIterator(v -> Arrays.stream(v.split(","))
                                .filter(s -> !s.isEmpty())
                                .iterator())
                        .collect())
                .containsExactly(Pair.of("k", "x"), Pair.of("k", "y"));
    }
}
