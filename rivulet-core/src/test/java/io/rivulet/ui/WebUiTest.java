package io.rivulet.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.Pair;
import io.rivulet.PairRDD;
import io.rivulet.Rivulet;
import io.rivulet.status.EventJson;
import io.rivulet.testing.ThreadLeaks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web UI's endpoints over HTTP, its ports, and what close() stops. */
class WebUiTest {
    /**
     * The client's one worker thread, started with the class, before any test's leak snapshot: the JDK's default
     * executor would start workers during a test, and they would outlive it (idle for a minute), as leaks.
     */
    private static final ThreadPoolExecutor CLIENT_THREADS =
            new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "web-ui-test-http-client");
                thread.setDaemon(true);
                return thread;
            });

    static {
        CLIENT_THREADS.prestartAllCoreThreads();
    }

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(CLIENT_THREADS)
            .build();

    private static Rivulet rv;
    private static String url;
    /** Held so that its blocks stay cached (the cleaner drops those of unreachable RDDs). */
    private static PairRDD<Long, Long> cached;

    @BeforeAll
    static void start() {
        rv = Rivulet.builder()
                .master("local[2]")
                .appName("web-ui-test")
                .config("rivulet.ui.enabled", "true")
                .config("rivulet.ui.port", "0")
                .build();
        url = rv.uiWebUrl().orElseThrow();
        cached = rv.range(0, 100, 1, 3)
                .mapToPair(x -> Pair.of(x % 5, x))
                .reduceByKey(Long::sum)
                .cache();
        cached.count();
    }

    @AfterAll
    static void stop() {
        rv.close();
    }

    @Test
    void statusHasTheJobsStagesRddsStorageAndSlots() throws Exception {
        HttpResponse<String> response = get("api/status");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        Map<String, Object> status = EventJson.parse(response.body());
        assertThat(EventJson.object(status, "app"))
                .containsEntry("appName", "web-ui-test")
                .containsEntry("slots", 2L);
        assertThat(status).containsEntry("endTime", 0L);
        List<Map<String, Object>> jobs = EventJson.objects(status, "jobs");
        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("tasksSucceeded", 6L);
            assertThat(EventJson.text(job, "name")).startsWith("count at WebUiTest.java:");
        });
        List<Map<String, Object>> stages = EventJson.objects(status, "stages");
        assertThat(stages).hasSize(2);
        assertThat(EventJson.objects(stages.get(0), "rdds"))
                .extracting(rdd -> rdd.get("name"))
                .containsExactly("range", "mapToPair");
        assertThat(EventJson.objects(stages.get(1), "rdds").get(0))
                .containsEntry("name", "reduceByKey")
                .containsEntry("storageLevel", "MEMORY_ONLY");
        assertThat(EventJson.ints(EventJson.objects(stages.get(1), "rdds").get(0), "shuffleParentIds"))
                .containsExactly(1);
        assertThat(EventJson.objects(status, "storage"))
                .as(response.body())
                .singleElement()
                .satisfies(
                        rdd -> assertThat(EventJson.number(rdd, "memoryBytes")).isPositive());
        assertThat(EventJson.objects(status, "slots")).hasSize(2);
        assertThat((List<?>) status.get("taskBars")).hasSize(6);
    }

    @Test
    void tasksOfAStageRun() throws Exception {
        HttpResponse<String> response = get("api/stages/0/tasks");

        assertThat(response.statusCode()).isEqualTo(200);
        List<Map<String, Object>> tasks =
                EventJson.objects(EventJson.parse("{\"tasks\":" + response.body() + "}"), "tasks");
        assertThat(tasks).hasSize(3).allSatisfy(task -> {
            assertThat(task).containsEntry("stageId", 0L).containsEntry("successful", true);
            assertThat(EventJson.text(task, "slot")).startsWith("rivulet-web-ui-test-slot-");
            assertThat(EventJson.object(task, "metrics")).containsKey("shuffleWriteBytes");
        });
        assertThat(get("api/stages/999/tasks").body()).isEqualTo("[]");
    }

    @Test
    void thePageAndItsAssetsComeFromRivulet() throws Exception {
        HttpResponse<String> page = get("");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body())
                .contains("<title>web-ui-test · Rivulet</title>")
                .contains("<script src=\"static/dagre.min.js\"></script>")
                .contains("<script src=\"static/rivulet-draw.js\"></script>")
                .contains("<script src=\"static/rivulet-ui.js\"></script>")
                .doesNotContain("http://", "https://");

        assertThat(get("static/dagre.min.js").body()).contains("dagre").hasSizeGreaterThan(20_000);
        assertThat(get("static/rivulet-ui.js").headers().firstValue("Content-Type"))
                .hasValue("text/javascript; charset=utf-8");
        assertThat(get("static/rivulet-ui.css").statusCode()).isEqualTo(200);
        assertThat(get("static/dagre-LICENSE.txt").body()).contains("MIT");
    }

    @Test
    void unknownPathsAndMethodsAreRefused() throws Exception {
        assertThat(get("static/../../etc/passwd").statusCode()).isEqualTo(404);
        assertThat(get("static/page.html").statusCode()).isEqualTo(404);
        assertThat(get("api/stages/x/tasks").statusCode()).isEqualTo(404);
        HttpResponse<String> post = HTTP.send(
                HttpRequest.newBuilder(URI.create(url + "api/status"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void aTakenPortMovesTheUiToTheNextFreeOneAndTheUrlIsPrintedOnceAJobHasRunForASecond() throws Exception {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            System.setErr(new PrintStream(err, true, UTF_8));
            ThreadLeaks leaks = ThreadLeaks.snapshot();
            String otherUrl;
            try (Rivulet other = Rivulet.builder()
                    .master("local[1]")
                    .appName("second")
                    .config("rivulet.ui.enabled", "true")
                    .config("rivulet.ui.port", Integer.toString(port))
                    .build()) {
                otherUrl = other.uiWebUrl().orElseThrow();
                assertThat(err.toString(UTF_8)).as("printed at build").isEmpty();
                int otherPort = URI.create(otherUrl).getPort();
                assertThat(otherPort).isGreaterThan(port).isLessThan(port + WebUi.PORT_ATTEMPTS);
                String line = "Rivulet web UI for second at " + otherUrl + System.lineSeparator();
                // A job that runs until the address is printed (a hang guard, not a timing check), twice.
                for (int job = 0; job < 2; job++) {
                    other.range(0, 1, 1, 1).foreach(x -> {
                        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                        while (!err.toString(UTF_8).contains(line) && System.nanoTime() < deadline) {
                            Thread.sleep(10);
                        }
                    });
                }
                assertThat(get(otherUrl, "api/status").statusCode()).isEqualTo(200);
                assertThat(err.toString(UTF_8)).isEqualTo(line);
            } finally {
                System.setErr(originalErr);
            }
            assertThat(err.toString(UTF_8)).as("printed once").hasLineCount(1);
            // close() stopped it: nothing listens there any more, and its threads are gone.
            assertThatThrownBy(() -> get(otherUrl, "api/status")).isInstanceOf(ConnectException.class);
            assertThat(Thread.getAllStackTraces().keySet())
                    .extracting(Thread::getName)
                    .noneMatch(name -> name.startsWith("rivulet-second-ui-"));
            leaks.assertNoneLeft();
        }
    }

    @Test
    void onEveryInterfaceTheUrlNamesAReachableAddress() throws Exception {
        try (Rivulet everywhere = Rivulet.builder()
                .master("local[1]")
                .appName("everywhere")
                .config("rivulet.ui.enabled", "true")
                .config("rivulet.ui.port", "0")
                .config("rivulet.ui.host", "0.0.0.0")
                .build()) {
            String address = everywhere.uiWebUrl().orElseThrow();
            assertThat(address).doesNotContain("0.0.0.0");
            assertThat(get(address, "api/status").statusCode()).isEqualTo(200);
        }
        assertThat(WebUi.reachableHost("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(WebUi.reachableHost("0.0.0.0")).isNotEqualTo("0.0.0.0");
    }

    @Test
    void aUiThatCannotStartFailsNoJobAndABadPortIsRefusedAtBuild() {
        // An address of no interface of this machine (TEST-NET-1): binding fails at once, nothing is sent.
        try (Rivulet noUi = Rivulet.builder()
                .master("local[1]")
                .config("rivulet.ui.enabled", "true")
                .config("rivulet.ui.host", "192.0.2.1")
                .build()) {
            assertThat(noUi.uiWebUrl()).isEmpty();
            assertThat(noUi.range(0, 10).count()).isEqualTo(10);
        }
        assertThatThrownBy(() -> Rivulet.builder()
                        .config("rivulet.ui.enabled", "true")
                        .config("rivulet.ui.port", "70000")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rivulet.ui.port must be a port number, or 0 for any free port: 70000");
    }

    @Test
    void theUiIsOffUnlessEnabled() {
        try (Rivulet plain = Rivulet.builder().master("local[1]").build()) {
            assertThat(plain.uiWebUrl()).isEmpty();
        }
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(url, path);
    }

    private static HttpResponse<String> get(String base, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
