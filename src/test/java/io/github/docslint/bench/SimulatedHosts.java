package io.github.docslint.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * One loopback HTTP server standing in for many hosts, told apart by the Host header (port stripped),
 * or, when a client uses it as its plain-http forward proxy, by the host of the absolute-form target
 * ({@code GET http://h001.test/a HTTP/1.1}), which is what a proxy must go by. Every request waits a fixed latency on its own worker thread, then gets 200, 404 for the configured
 * broken links, or 405 to HEAD on the configured hosts. It counts requests (total, per method, per
 * link) and the requests in flight per host, which is how a benchmark sees whether a checker keeps
 * its per-host limit.
 */
final class SimulatedHosts implements AutoCloseable {
    /** More workers than any concurrency a benchmark asks for: a waiting request holds one. */
    static final int WORKERS = 512;

    private static final byte[] PAGE =
            "<!DOCTYPE html><html><body><p>simulated page</p></body></html>".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NOT_FOUND = "not found".getBytes(StandardCharsets.UTF_8);
    /** In-flight levels histogram size; higher levels land in the last slot. */
    private static final int LEVELS = 1025;

    static {
        // The JDK server closes kept-alive connections beyond 200 idle ones; clients that reuse one get
        // an EOF ("header parser received no bytes"), seen at 256 concurrent. Read once per JVM, when
        // the first HttpServer starts, so an explicit -D wins and must come before any other server.
        if (System.getProperty("sun.net.httpserver.maxIdleConnections") == null) {
            System.setProperty("sun.net.httpserver.maxIdleConnections", "4096");
        }
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final long latencyNanos;
    private final Set<String> notFound;
    private final Set<String> headRefusingHosts;

    private final LongAdder requests = new LongAdder();
    /** Requests whose target was absolute-form: they came through the server as a proxy. */
    private final LongAdder proxied = new LongAdder();

    private final Map<String, LongAdder> byHost = new ConcurrentHashMap<>();
    /** Per host, the first arrival and the last answer, in nanoTime: the span its requests took. */
    private final Map<String, LongAccumulator> firstArrival = new ConcurrentHashMap<>();

    private final Map<String, LongAccumulator> lastAnswer = new ConcurrentHashMap<>();
    /** Client ends of the TCP connections requests came on: fewer than requests means reuse. */
    private final Set<InetSocketAddress> connections = ConcurrentHashMap.newKeySet();

    private final Map<String, LongAdder> byMethod = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byKey = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> maxInFlight = new ConcurrentHashMap<>();
    /** How many requests arrived to find n requests (themselves included) in flight to their host. */
    private final AtomicLongArray arrivalsAtLevel = new AtomicLongArray(LEVELS);

    private SimulatedHosts(Duration latency, Set<String> notFound, Set<String> headRefusingHosts) throws IOException {
        this.latencyNanos = latency.toNanos();
        this.notFound = Set.copyOf(notFound);
        this.headRefusingHosts = Set.copyOf(headRefusingHosts);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "simulated-hosts-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * @param notFound keys ({@link #key}) answered 404
     * @param headRefusingHosts host names whose HEAD requests are answered 405
     */
    static SimulatedHosts start(Duration latency, Set<String> notFound, Set<String> headRefusingHosts)
            throws IOException {
        return new SimulatedHosts(latency, notFound, headRefusingHosts);
    }

    /** How a request is known: host name (lower case, no port) then path and query as sent. */
    static String key(String host, String pathAndQuery) {
        return host.toLowerCase(Locale.ROOT) + pathAndQuery;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            exchange.getRequestBody().readAllBytes();
            URI target = exchange.getRequestURI();
            boolean absoluteForm = target.getHost() != null;
            String host = absoluteForm
                    ? target.getHost().toLowerCase(Locale.ROOT)
                    : hostOf(exchange.getRequestHeaders().getFirst("Host"));
            String key = key(host, pathAndQuery(target));
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            requests.increment();
            if (absoluteForm) {
                proxied.increment();
            }
            byHost.computeIfAbsent(host, h -> new LongAdder()).increment();
            connections.add(exchange.getRemoteAddress());
            firstArrival
                    .computeIfAbsent(host, h -> new LongAccumulator(Math::min, Long.MAX_VALUE))
                    .accumulate(System.nanoTime());
            byMethod.computeIfAbsent(method, m -> new LongAdder()).increment();
            byKey.computeIfAbsent(key, k -> new LongAdder()).increment();

            AtomicInteger current = inFlight.computeIfAbsent(host, h -> new AtomicInteger());
            int level = current.incrementAndGet();
            maxInFlight.computeIfAbsent(host, h -> new AtomicInteger()).accumulateAndGet(level, Math::max);
            arrivalsAtLevel.incrementAndGet(Math.min(level, LEVELS - 1));
            try {
                TimeUnit.NANOSECONDS.sleep(latencyNanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                // Counted out before the answer is written: the client cannot have seen the answer yet,
                // so a request it sends next cannot overlap this one here and look like a violation.
                current.decrementAndGet();
                lastAnswer
                        .computeIfAbsent(host, h -> new LongAccumulator(Math::max, Long.MIN_VALUE))
                        .accumulate(System.nanoTime());
            }

            boolean head = method.equals("HEAD");
            if (head && headRefusingHosts.contains(host)) {
                exchange.getResponseHeaders().set("Allow", "GET");
                exchange.sendResponseHeaders(405, -1);
            } else if (!head && !method.equals("GET")) {
                exchange.sendResponseHeaders(501, -1);
            } else {
                int code = notFound.contains(key) ? 404 : 200;
                byte[] body = code == 404 ? NOT_FOUND : PAGE;
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                if (head) {
                    exchange.sendResponseHeaders(code, -1);
                } else {
                    exchange.sendResponseHeaders(code, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            }
        } finally {
            exchange.close();
        }
    }

    /** The Host header without its port ({@code [::1]:80} keeps its brackets). */
    static String hostOf(String hostHeader) {
        if (hostHeader == null) {
            return "";
        }
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        return colon > h.lastIndexOf(']') ? h.substring(0, colon) : h;
    }

    /** Works for origin-form ({@code /a?b}) and absolute-form ({@code http://h/a?b}, via a proxy) targets. */
    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    long requests() {
        return requests.sum();
    }

    /** Requests that came through the server as a forward proxy (absolute-form target). */
    long proxiedRequests() {
        return proxied.sum();
    }

    /** Host to its number of requests, sorted by host. */
    Map<String, Long> requestsByHost() {
        Map<String, Long> out = new TreeMap<>();
        byHost.forEach((h, n) -> out.put(h, n.sum()));
        return out;
    }

    /** Distinct client connections (remote address and port) requests came on. */
    int connections() {
        return connections.size();
    }

    /** From the host's first request's arrival to its last one's answer (zero if none came). */
    Duration span(String host) {
        LongAccumulator first = firstArrival.get(host.toLowerCase(Locale.ROOT));
        LongAccumulator last = lastAnswer.get(host.toLowerCase(Locale.ROOT));
        return first == null || last == null ? Duration.ZERO : Duration.ofNanos(last.get() - first.get());
    }

    /** When the first request since the last reset arrived (nanoTime), if one did. */
    OptionalLong firstArrival() {
        return firstArrival.values().stream().mapToLong(LongAccumulator::get).min().stream()
                .findFirst();
    }

    /** The links requested, by {@link #key}. */
    Set<String> requestedKeys() {
        return Set.copyOf(byKey.keySet());
    }

    long requests(String method) {
        LongAdder n = byMethod.get(method);
        return n == null ? 0 : n.sum();
    }

    /** Requests for one link, by {@link #key}. */
    long requestsFor(String key) {
        LongAdder n = byKey.get(key);
        return n == null ? 0 : n.sum();
    }

    /** Distinct links requested at least once. */
    int distinctRequested() {
        return byKey.size();
    }

    int maxInFlight(String host) {
        AtomicInteger n = maxInFlight.get(host.toLowerCase(Locale.ROOT));
        return n == null ? 0 : n.get();
    }

    /** The largest number of requests seen in flight to any one host. */
    int maxInFlightPerHost() {
        return maxInFlight.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
    }

    /** Host to its largest number in flight, sorted by host. */
    Map<String, Integer> maxInFlightByHost() {
        Map<String, Integer> out = new TreeMap<>();
        maxInFlight.forEach((h, n) -> out.put(h, n.get()));
        return out;
    }

    /** Requests now in flight to the host. */
    int inFlight(String host) {
        AtomicInteger n = inFlight.get(host.toLowerCase(Locale.ROOT));
        return n == null ? 0 : n.get();
    }

    /** Requests that arrived while more than {@code limit} were in flight to their host, themselves included. */
    long arrivalsAbove(int limit) {
        long n = 0;
        for (int level = Math.max(0, limit + 1); level < LEVELS; level++) {
            n += arrivalsAtLevel.get(level);
        }
        return n;
    }

    /** Forgets all counts; call between runs, with no request in flight. */
    void reset() {
        requests.reset();
        proxied.reset();
        byHost.clear();
        firstArrival.clear();
        lastAnswer.clear();
        connections.clear();
        byMethod.clear();
        byKey.clear();
        maxInFlight.clear();
        for (int i = 0; i < LEVELS; i++) {
            arrivalsAtLevel.set(i, 0);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
