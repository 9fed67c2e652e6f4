package io.rivulet.ui;

import static io.rivulet.util.Checks.checkArgument;
import static io.rivulet.util.Checks.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.rivulet.PlanGraph;
import io.rivulet.status.AppStatus;
import io.rivulet.status.StatusJson;
import io.rivulet.util.NamedThreadFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live web UI of one {@code Rivulet}: the JDK's own HTTP server serving one page, its assets and two JSON
 * endpoints, all rendered from an {@link AppStatus} when asked (nothing is computed while nobody looks).
 *
 * <pre>
 * GET /                              the page (it polls /api/status while jobs run)
 * GET /static/{rivulet-ui.js, ...}   its script, styles and the dagre layout library
 * GET /api/status                    the status: jobs, stage runs with their RDDs, cached RDDs, slots, spills
 * GET /api/stages/{runId}/tasks      the retained tasks of one stage run
 * GET /api/jobs/{jobId}/plan.svg     the physical plan of a DataFrame job, drawn (404 for a job without one)
 * </pre>
 *
 * <p>Ports: {@code port}, or the next free one of the {@value #PORT_ATTEMPTS} after it when taken (as Spark's
 * 4040, 4041, ...); port 0 takes any free port. Threads: two request threads from {@link NamedThreadFactory}
 * ({@code rivulet-<app>-ui-<n>}) plus the JDK server's own dispatcher thread, all daemons (so that a JVM whose
 * {@code main} returned ends); {@link #close} stops them all.
 */
public final class WebUi implements AutoCloseable {
    static final int PORT_ATTEMPTS = 16;

    private static final Logger LOG = Logger.getLogger(WebUi.class.getName());
    private static final Pattern TASKS_PATH = Pattern.compile("/api/stages/(\\d{1,9})/tasks");
    private static final Pattern PLAN_PATH = Pattern.compile("/api/jobs/(\\d{1,9})/plan\\.svg");

    private final AppStatus status;
    private final HttpServer server;
    private final ExecutorService threads;
    private final NamedThreadFactory threadFactory;
    private final String url;
    private boolean closed;

    private WebUi(
            AppStatus status,
            HttpServer server,
            ExecutorService threads,
            NamedThreadFactory threadFactory,
            String host) {
        this.status = status;
        this.server = server;
        this.threads = threads;
        this.threadFactory = threadFactory;
        String shown = reachableHost(host);
        String shownHost = shown.contains(":") ? "[" + shown + "]" : shown;
        this.url = "http://" + shownHost + ":" + server.getAddress().getPort() + "/";
    }

    /**
     * The host to print for {@code host}: itself, unless it is a wildcard ({@code 0.0.0.0}, {@code ::}), which
     * nobody can browse to; then an address of this machine that others reach it at (the first non-loopback
     * address of an interface that is up, IPv4 first), else its host name, else the loopback address.
     */
    static String reachableHost(String host) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (IOException | RuntimeException e) {
            return host;
        }
        if (!address.isAnyLocalAddress()) {
            return host;
        }
        try {
            List<InetAddress> candidates = new ArrayList<>();
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback()) {
                    for (InetAddress each : Collections.list(nic.getInetAddresses())) {
                        if (!each.isLoopbackAddress() && !each.isLinkLocalAddress()) {
                            candidates.add(each);
                        }
                    }
                }
            }
            candidates.sort(Comparator.comparing(each -> each instanceof Inet4Address ? 0 : 1));
            if (!candidates.isEmpty()) {
                return candidates.get(0).getHostAddress().replaceAll("%.*$", "");
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return address instanceof Inet4Address ? "127.0.0.1" : "::1";
        }
    }

    /**
     * Starts serving {@code status} on {@code host}, at {@code port} or the next free port after it.
     *
     * @param threadRole names the request threads: {@code rivulet-<threadRole>-<n>}
     * @throws IOException when no port of the range is free
     */
    public static WebUi start(AppStatus status, String host, int port, String threadRole) throws IOException {
        checkNotNull(status, "status");
        checkNotNull(host, "host");
        checkArgument(port >= 0 && port <= 65535, "rivulet.ui.port must be a port number (0 for any): %s", port);
        // Without it, keep-alive requests wait for delayed ACKs: about 22 a second. Read when the first server is made.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        HttpServer server = bind(host, port);
        NamedThreadFactory threadFactory = new NamedThreadFactory(threadRole);
        ExecutorService threads = Executors.newFixedThreadPool(2, threadFactory);
        WebUi ui = new WebUi(status, server, threads, threadFactory, host);
        server.createContext("/", ui::handle);
        server.setExecutor(threads);
        startDispatcherAsDaemon(server, threadFactory);
        return ui;
    }

    /**
     * Starts the server from a daemon thread: the JDK's dispatcher thread ({@code HTTP-Dispatcher}) inherits
     * whether it is a daemon from the thread that starts it, and a non-daemon one kept the JVM of a job that
     * never called {@code close()} alive forever after its {@code main} returned.
     */
    private static void startDispatcherAsDaemon(HttpServer server, NamedThreadFactory threadFactory) {
        Thread starter = threadFactory.newThread(server::start);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpServer bind(String host, int port) throws IOException {
        int attempts = port == 0 ? 1 : Math.min(PORT_ATTEMPTS, 65536 - port);
        BindException last = null;
        for (int i = 0; i < attempts; i++) {
            try {
                return HttpServer.create(new InetSocketAddress(host, port + i), 0);
            } catch (BindException e) {
                if (e.getMessage() == null || !e.getMessage().contains("in use")) {
                    // Not a taken port (an address of no interface here, say): the next port would fail alike.
                    BindException failure = new BindException("the web UI cannot listen on " + host + ":" + (port + i)
                            + " (rivulet.ui.host, rivulet.ui.port): " + e.getMessage());
                    failure.initCause(e);
                    throw failure;
                }
                last = e;
            }
        }
        BindException failure = new BindException("no free port for the web UI on " + host + " from " + port + " to "
                + (port + attempts - 1) + ": set rivulet.ui.port to another port (0 for any)");
        failure.initCause(last);
        throw failure;
    }

    /** {@code http://host:port/}. */
    public String url() {
        return url;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            route(exchange, path == null ? "/" : path);
        } catch (IOException | RuntimeException e) {
            // A browser that went away mid-response is not worth more than a line at a fine level.
            LOG.log(Level.FINE, "web UI request failed: " + exchange.getRequestURI(), e);
        }
    }

    private void route(HttpExchange exchange, String path) throws IOException {
        if (path.equals("/") || path.equals("/index.html")) {
            byte[] page = UiPage.live(status.app().appName()).getBytes(UTF_8);
            send(exchange, 200, "text/html; charset=utf-8", page);
        } else if (path.equals("/api/status")) {
            send(exchange, 200, "application/json", StatusJson.status(status.snapshot()));
        } else if (path.startsWith("/static/") && UiPage.ASSETS.containsKey(path.substring("/static/".length()))) {
            String name = path.substring("/static/".length());
            send(exchange, 200, UiPage.ASSETS.get(name), UiPage.resource(name).getBytes(UTF_8));
        } else {
            Matcher tasks = TASKS_PATH.matcher(path);
            Matcher plan = PLAN_PATH.matcher(path);
            if (tasks.matches()) {
                int runId = Integer.parseInt(tasks.group(1));
                send(exchange, 200, "application/json", StatusJson.tasks(status.tasks(runId)));
            } else if (plan.matches()) {
                sendPlan(exchange, Integer.parseInt(plan.group(1)));
            } else {
                send(exchange, 404, "text/plain; charset=utf-8", ("not found: " + path + "\n").getBytes(UTF_8));
            }
        }
    }

    /** The job's plan with its metrics now (they grow while it runs), drawn. */
    private void sendPlan(HttpExchange exchange, int jobId) throws IOException {
        Optional<PlanGraph> plan = status.plan(jobId);
        if (plan.isEmpty()) {
            byte[] body = ("no plan for job " + jobId + ": not a DataFrame job, or not retained\n").getBytes(UTF_8);
            send(exchange, 404, "text/plain; charset=utf-8", body);
            return;
        }
        send(
                exchange,
                200,
                "image/svg+xml; charset=utf-8",
                PlanSvg.draw(plan.get(), jobId).getBytes(UTF_8));
    }

    private static void send(HttpExchange exchange, int code, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(code, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops serving: open connections are closed, and the server's threads end. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop(0);
        threads.shutdownNow();
        try {
            if (!threadFactory.awaitThreadsEnded(5, TimeUnit.SECONDS)) {
                LOG.warning("web UI threads still run 5 s after close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
