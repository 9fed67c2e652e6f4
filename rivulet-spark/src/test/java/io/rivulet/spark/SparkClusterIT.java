package io.rivulet.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.Rivulet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jobs on a real standalone Spark cluster on 127.0.0.1 (a Master and two Workers, separate JVMs: see
 * {@link StandaloneCluster}), against the embedded engine; one job loses a Worker while it runs. The Workers have
 * Spark's jars only: Rivulet's classes, its other dependencies and these tests' classes reach the executors because
 * the runner ships them. Run with
 * {@code mvn verify -Pspark-it -pl rivulet-spark -am}. Each job's time, embedded and on the cluster, is printed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkClusterIT {
    private static StandaloneCluster cluster;
    private static Rivulet embedded;
    private static Rivulet onCluster;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        cluster = StandaloneCluster.start(2, "1g");
        embedded = Rivulet.builder().master("local[2]").appName("embedded").build();
        onCluster = Rivulet.builder()
                .master(cluster.masterUrl())
                .appName("rivulet-on-spark-it")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.executor.memory", "512m")
                .config("spark.executor.cores", "1")
                // No class path flag: the runner ships this JVM's class path entries that are not Spark's.
                .build();
    }

    @AfterAll
    static void stop() {
        try {
            if (onCluster != null) {
                onCluster.close();
            }
            if (embedded != null) {
                embedded.close();
            }
        } finally {
            if (cluster != null) {
                List<Process> workers = cluster.workers();
                cluster.close();
                assertThat(workers).noneMatch(Process::isAlive);
            }
        }
    }

    /** Runs {@code job} on both engines, prints both times, and returns the cluster's result after comparing. */
    private static <R> R onBoth(String name, Function<Rivulet, R> job) {
        long start = System.nanoTime();
        R expected = job.apply(embedded);
        long embeddedMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        R actual = job.apply(onCluster);
        long clusterMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%-28s embedded %6d ms   standalone cluster %6d ms%n", name, embeddedMillis, clusterMillis);
        assertThat(actual).isEqualTo(expected);
        return actual;
    }

    @Test
    @Order(1)
    void wordCount() throws IOException {
        Path text = dir.resolve("words.txt");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            lines.add("line " + (i % 97) + " of the words " + (i % 13));
        }
        Files.write(text, lines);
        Map<String, Long> counts = onBoth("word count", rv -> Jobs.wordCount(rv, text));
        assertThat(counts).containsEntry("line", 20_000L).containsEntry("words", 20_000L);
    }

    @Test
    @Order(2)
    void sortByKey() {
        List<String> keys = onBoth("sortByKey", Jobs::sortByKey).get(0);
        assertThat(keys.stream().map(Long::valueOf).toList())
                .hasSize(2_000)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    @Order(3)
    void join() {
        assertThat(onBoth("join", Jobs::join)).hasSize(3);
    }

    @Test
    @Order(4)
    void broadcastAndAccumulator() {
        assertThat(onBoth("broadcast + accumulator", Jobs::broadcastAndAccumulator)
                        .get(1))
                .isEqualTo(500L);
    }

    @Test
    @Order(5)
    void pageRank() {
        Map<String, String> ranks = onBoth("PageRank, 10 iterations", rv -> Jobs.pageRank(rv, 10));
        assertThat(ranks).hasSize(6);
    }

    /**
     * The first attempt of partition 0 writes its executor's process id and waits for a file; the test then
     * kills the Worker running that executor, and the executor, by their ids: Spark runs the lost tasks again on
     * the other Worker (whose attempt does not wait), and the job still returns the right sum. Last: it leaves
     * one Worker.
     */
    @Test
    @Order(6)
    void aJobSurvivesTheLossOfAWorker() throws Exception {
        Path started = dir.resolve("started");
        Path release = dir.resolve("release");
        String startedName = started.toString();
        String releaseName = release.toString();
        ExecutorService driverThread = Executors.newSingleThreadExecutor();
        try {
            Future<Long> sum = driverThread.submit(() -> onCluster
                    .range(0, 1_000, 1, 4)
                    .map(i -> {
                        if (i == 0) {
                            Blocking.firstAttemptWaits(startedName, releaseName);
                        }
                        return i * 2;
                    })
                    .reduce(Long::sum));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!Files.exists(started) && System.nanoTime() < deadline && !sum.isDone()) {
                Thread.sleep(100);
            }
            assertThat(started).as("partition 0's first attempt started").exists();
            long executorPid = Long.parseLong(Files.readString(started).trim());
            Process victim = cluster.workers().stream()
                    .filter(worker -> worker.descendants().anyMatch(child -> child.pid() == executorPid))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no Worker runs executor " + executorPid));
            StandaloneCluster.kill(victim);
            Files.createFile(release); // lets any attempt still waiting go on (none should be)
            assertThat(sum.get(5, TimeUnit.MINUTES)).isEqualTo(999L * 1_000L);
            assertThat(victim.isAlive()).isFalse();
            assertThat(ProcessHandle.of(executorPid)).isEmpty();
        } finally {
            driverThread.shutdownNow();
            assertThat(driverThread.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
    }
}
