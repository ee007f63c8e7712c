package io.github.docslint.links;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Many links over many hosts, through the real client against one loopback server that answers for
 * every host name: all of them end, memory stays proportional to the links, and no host ever has more
 * requests in flight than its limit. The unit suite checks 5,000 links over 500 hosts; the full size,
 * 100,000 over 10,000 (a minute on a busy two-core machine), is tagged {@code load} and runs in the
 * surefire execution of that name, in {@code verify}.
 */
class LinkCheckerLoadTest {
    /** Links per host, as in a large docs site that links to many pages of each host. */
    private static final int LINKS_PER_HOST = 10;

    /** What one finished link may keep on the heap: its URL, result and map entry. */
    private static final long BYTES_PER_LINK = 1024;

    @Test
    void fiveThousandLinksOverFiveHundredHosts() throws Exception {
        checkLinks(5_000);
    }

    @Test
    @Tag("load")
    void hundredThousandLinksOverTenThousandHosts() throws Exception {
        checkLinks(100_000);
    }

    /** All end working, each host within its limit, memory proportional to the links. */
    private static void checkLinks(int links) throws Exception {
        int hosts = links / LINKS_PER_HOST;
        Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        Map<String, Integer> mostInFlight = new ConcurrentHashMap<>();
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        ExecutorService handlers = Executors.newFixedThreadPool(64);
        server.setExecutor(handlers);
        server.createContext("/", exchange -> {
            String host = exchange.getRequestHeaders().getFirst("Host").replaceFirst(":\\d+$", "");
            int now = inFlight.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
            mostInFlight.merge(host, now, Math::max);
            requests.incrementAndGet();
            inFlight.get(host).decrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            List<String> urls = new ArrayList<>(links);
            for (int i = 0; i < links; i++) {
                urls.add("http://h" + (i % hosts) + ".load.test:" + port + "/page/" + i);
            }
            LinkCheckConfig config = LinkCheckConfig.defaults()
                    .withTimeout(Duration.ofSeconds(30))
                    .withAllowPrivate(true); // the one server stands for every host, on loopback
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long before = usedAfterGc(memory);
            long start = System.nanoTime();
            Map<String, LinkResult> results;
            try (LinkChecker checker = new LinkChecker(config, TestServers.loopback())) {
                results = checker.check(urls, CheckProgress.NONE);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            long retained = usedAfterGc(memory) - before;
            System.out.printf(
                    "load: %d links over %d hosts in %d ms, %d requests, %d KB retained with the results%n",
                    links, hosts, took.toMillis(), requests.get(), retained / 1024);

            assertThat(results).hasSize(links);
            assertThat(results.values())
                    .allSatisfy(r -> assertThat(r.status()).as(r.url()).isEqualTo(LinkStatus.WORKING));
            assertThat(requests).hasValue(links);
            assertThat(mostInFlight).hasSize(hosts);
            assertThat(mostInFlight.values())
                    .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(config.perHostConcurrency()));
            assertThat(retained).isLessThan(links * BYTES_PER_LINK);
            assertThat(results).isNotNull(); // keeps the results reachable until measured
        } finally {
            server.stop(0);
            handlers.shutdownNow();
            handlers.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
