package io.rivulet.spark;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * A real Spark standalone cluster on 127.0.0.1 for the integration tests: a Master and Workers, each a JVM of
 * its own started from the Maven-resolved Spark jars (a scratch {@code SPARK_HOME/jars} of links to them, from
 * which the Workers also start their executors), with Spark's module options for Java 17 on those JVMs only.
 * {@link #close} stops every process it started by its id, executors (the Workers' children) included, and
 * deletes its directory.
 */
final class StandaloneCluster implements AutoCloseable {
    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Pattern ALIVE_WORKERS = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");

    private final Path home;
    private final List<Process> processes = new ArrayList<>();
    private final List<Process> workers = new ArrayList<>();
    private final int masterPort;
    private final int masterUiPort;

    private StandaloneCluster(Path home, int masterPort, int masterUiPort) {
        this.home = home;
        this.masterPort = masterPort;
        this.masterUiPort = masterUiPort;
    }

    /** Starts a Master and {@code workerCount} Workers of one core and {@code workerMemory} each; waits for them. */
    static StandaloneCluster start(int workerCount, String workerMemory) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("rivulet-spark-home");
        StandaloneCluster cluster = new StandaloneCluster(home, freePort(), freePort());
        try {
            cluster.linkSparkJars();
            cluster.processes.add(cluster.startDaemon(
                    "master",
                    "org.apache.spark.deploy.master.Master",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    String.valueOf(cluster.masterPort),
                    "--webui-port",
                    String.valueOf(cluster.masterUiPort)));
            for (int i = 0; i < workerCount; i++) {
                Path work = Files.createDirectories(home.resolve("work-" + i));
                Process worker = cluster.startDaemon(
                        "worker-" + i,
                        "org.apache.spark.deploy.worker.Worker",
                        "--host",
                        "127.0.0.1",
                        "--cores",
                        "1",
                        "--memory",
                        workerMemory,
                        "--webui-port",
                        String.valueOf(freePort()),
                        "--work-dir",
                        work.toString(),
                        cluster.masterUrl());
                cluster.processes.add(worker);
                cluster.workers.add(worker);
            }
            cluster.awaitAliveWorkers(workerCount);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    List<Process> workers() {
        return List.copyOf(workers);
    }

    /**
     * A Spark distribution's jars, linked into {@code SPARK_HOME/jars}: those of this JVM's class path that belong
     * to Spark's dependency tree, plus the two of that tree that Maven resolved at Rivulet's versions here
     * (jackson-core, and lz4-java from Rivulet's fork of it). Not Rivulet's own classes, nor its other
     * dependencies: the runner ships those.
     */
    private void linkSparkJars() throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        java.util.Set<String> spark = ApplicationJars.sparkJarNames();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String name = path.getFileName().toString();
            boolean sparks = spark.contains(name)
                    || Stream.of("jackson-core-", "lz4-java-").anyMatch(name::startsWith);
            if (name.endsWith(".jar") && sparks && Files.isRegularFile(path)) {
                Path link = jars.resolve(name);
                if (!Files.exists(link)) {
                    Files.createSymbolicLink(link, path.toAbsolutePath());
                }
            }
        }
    }

    private Process startDaemon(String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.addAll(List.of(JavaModuleOptions.defaultModuleOptions().split(" ")));
        command.add("-cp");
        command.add(home.resolve("jars") + File.separator + "*");
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(home.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", home.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        // The executors' scratch space too (shuffle files, blocks), so that close() deletes what killed ones leave.
        builder.environment().put("SPARK_LOCAL_DIRS", home.resolve("local").toString());
        return builder.start();
    }

    /** Polls the Master's JSON status until {@code count} Workers are alive (bounded; it fails after that). */
    void awaitAliveWorkers(int count) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        URI status = URI.create("http://127.0.0.1:" + masterUiPort + "/json/");
        long deadline = System.nanoTime() + STARTUP.toNanos();
        int alive = -1;
        while (System.nanoTime() < deadline) {
            for (Process process : processes) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(
                            "a Spark daemon exited with " + process.exitValue() + ": see " + home);
                }
            }
            alive = aliveWorkers(client, status);
            if (alive == count) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(
                count + " workers not alive after " + STARTUP + " (" + alive + " are); logs in " + home);
    }

    int aliveWorkers() {
        return aliveWorkers(HttpClient.newHttpClient(), URI.create("http://127.0.0.1:" + masterUiPort + "/json/"));
    }

    private static int aliveWorkers(HttpClient client, URI status) {
        try {
            String body = client.send(HttpRequest.newBuilder(status).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher matcher = ALIVE_WORKERS.matcher(body);
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
        } catch (IOException e) {
            return -1; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Kills {@code process} and every process it started (a Worker's executors), by their ids, and waits. */
    static void kill(Process process) throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        for (ProcessHandle handle : all) {
            handle.destroyForcibly();
        }
        for (ProcessHandle handle : all) {
            handle.onExit().join();
        }
        process.waitFor();
    }

    /** The log of a daemon, for failure messages. */
    String log(String name) {
        try (InputStream in = Files.newInputStream(home.resolve(name + ".log"))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        // Workers first (they would otherwise restart executors), then the Master.
        for (int i = processes.size() - 1; i >= 0; i--) {
            try {
                kill(processes.get(i));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            deleteRecursively(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
