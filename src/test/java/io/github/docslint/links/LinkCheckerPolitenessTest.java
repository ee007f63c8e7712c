package io.github.docslint.links;

import static io.github.docslint.links.TestServers.loopback;
import static io.github.docslint.links.TestServers.redirect;
import static io.github.docslint.links.TestServers.respond;
import static io.github.docslint.links.TestServers.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Limits, one request per URL, anchors, bodies left unread, headers per host, threads after close. */
class LinkCheckerPolitenessTest {
    private final TestServers.Config config = new TestServers.Config();
    private MockWebServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private String url(String host, String path) {
        return "http://" + host + ":" + server.getPort() + path;
    }

    @Test
    void perHostAndGlobalLimitsAreNeverExceeded() throws Exception {
        Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        Map<String, Integer> maxPerHost = new ConcurrentHashMap<>();
        AtomicInteger total = new AtomicInteger();
        AtomicInteger maxTotal = new AtomicInteger();
        server = TestServers.start(r -> {
            String host = r.getHeaders().get("Host").replaceFirst(":.*", "");
            int now = inFlight.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
            maxPerHost.merge(host, now, Math::max);
            maxTotal.accumulateAndGet(total.incrementAndGet(), Math::max);
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.get(host).decrementAndGet();
            total.decrementAndGet();
            return status(r, 200);
        });
        config.concurrency = 5;
        config.perHostConcurrency = 2;
        List<String> urls = new ArrayList<>();
        for (String host : List.of("a.test", "b.test", "c.test")) {
            for (int i = 0; i < 15; i++) {
                urls.add(url(host, "/" + i));
            }
        }
        Map<String, LinkResult> results = config.check(loopback(), urls.toArray(String[]::new));

        assertThat(results.values()).allSatisfy(r -> assertThat(r.status()).isEqualTo(LinkStatus.WORKING));
        assertThat(maxPerHost).containsOnlyKeys("a.test", "b.test", "c.test");
        assertThat(maxPerHost.values()).allSatisfy(max -> assertThat(max).isEqualTo(2));
        assertThat(maxTotal.get()).isLessThanOrEqualTo(5);
    }

    @Test
    void eachUrlIsRequestedOnceAndFragmentsShareOneRequest() throws Exception {
        List<String> requests = new CopyOnWriteArrayList<>();
        server = TestServers.start(r -> {
            requests.add(r.getMethod() + " " + r.getTarget());
            return respond(r, 200, "text/html", "<p id=a></p><p id=b></p>");
        });
        String p = url("127.0.0.1", "/p");
        String q = url("127.0.0.1", "/q");
        Map<String, LinkResult> results = config.check(loopback(), p, p, p + "#a", p + "#b", q, q + "#a");

        assertThat(results).containsOnlyKeys(p, p + "#a", p + "#b", q, q + "#a");
        assertThat(requests).containsExactlyInAnyOrder("HEAD /p", "HEAD /q");

        requests.clear();
        config.anchors = true;
        results = config.check(loopback(), p + "#a", p + "#b", p + "#missing");

        assertThat(requests).containsExactly("GET /p");
        assertThat(results.get(p + "#missing").status()).isEqualTo(LinkStatus.ANCHOR_MISSING);
    }

    @Test
    void anchorsAreFoundByIdAndByNameAndMissingOnesReported() throws Exception {
        server = TestServers.start(r -> switch (r.getTarget()) {
            case "/page" ->
                respond(
                        r,
                        200,
                        "text/html; charset=utf-8",
                        "<html><body><h2 id='install'>Install</h2><a name='legacy'></a>"
                                + "<span id='caf%C3%A9'></span><p id='café'></p></body></html>");
            case "/notes.txt" -> respond(r, 200, "text/plain", "no anchors here");
            default -> redirect(301, "/page");
        });
        config.anchors = true;
        String page = url("127.0.0.1", "/page");
        String moved = url("127.0.0.1", "/old");
        Map<String, LinkResult> results = config.check(
                loopback(),
                page + "#install",
                page + "#legacy",
                page + "#caf%C3%A9",
                page + "#nowhere",
                page + "#!/route",
                url("127.0.0.1", "/notes.txt#x"),
                moved + "#install",
                moved + "#nowhere");

        assertThat(results.get(page + "#install").status()).isEqualTo(LinkStatus.WORKING);
        assertThat(results.get(page + "#legacy").status()).isEqualTo(LinkStatus.WORKING);
        assertThat(results.get(page + "#caf%C3%A9").status()).isEqualTo(LinkStatus.WORKING);
        assertThat(results.get(page + "#nowhere"))
                .extracting(LinkResult::status, LinkResult::code, LinkResult::info)
                .containsExactly(LinkStatus.ANCHOR_MISSING, 200, "anchor 'nowhere' not found");
        assertThat(results.get(page + "#!/route").status()).isEqualTo(LinkStatus.WORKING);
        assertThat(results.get(url("127.0.0.1", "/notes.txt#x")).status()).isEqualTo(LinkStatus.WORKING);
        assertThat(results.get(moved + "#install"))
                .extracting(LinkResult::status, LinkResult::info)
                .containsExactly(LinkStatus.REDIRECTED, page + "#install");
        assertThat(results.get(moved + "#nowhere").status()).isEqualTo(LinkStatus.ANCHOR_MISSING);
    }

    @Test
    void hugeBodyIsNotReadWhenNoAnchorIsChecked() throws Exception {
        server = TestServers.start(r -> r.getMethod().equals("HEAD")
                ? status(r, 405)
                : new MockResponse.Builder()
                        .setHeader("Content-Type", "text/html")
                        .body(new Buffer().write(new byte[32 << 20]))
                        .throttleBody(1 << 20, 100, TimeUnit.MILLISECONDS) // 3.2 s to send it all
                        .build());
        config.timeout = Duration.ofSeconds(5);
        long start = System.nanoTime();
        LinkResult result = config.checkOne(loopback(), url("127.0.0.1", "/big"));

        assertThat(result.status()).isEqualTo(LinkStatus.WORKING);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void htmlIsReadOnlyUpToTheLimitForAnchors() throws Exception {
        String head = "<html><body><p id='top'></p>";
        String tail = "<p id='bottom'></p></body></html>";
        server = TestServers.start(r ->
                respond(r, 200, "text/html", head + "x".repeat(LinkJob.MAX_HTML_BYTES + 1000) + tail));
        config.anchors = true;
        String page = url("127.0.0.1", "/long");
        Map<String, LinkResult> results = config.check(loopback(), page + "#top", page + "#bottom");

        assertThat(results.get(page + "#top").status()).isEqualTo(LinkStatus.WORKING);
        assertThat(results.get(page + "#bottom").status()).isEqualTo(LinkStatus.ANCHOR_MISSING);
    }

    @Test
    void configuredHeaderGoesToItsHostAndNotToAnotherAfterARedirect() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        server = TestServers.start(r -> {
            String host = r.getHeaders().get("Host").replaceFirst(":.*", "");
            seen.add(host + " " + r.getHeaders().get("X-Token"));
            return host.equals("a.test") ? redirect(302, url("b.test", "/landing")) : status(r, 200);
        });
        config.headers.add(new LinkCheckConfig.Header(Pattern.compile("a\\.test"), "X-Token", "tok-123"));
        LinkResult result = config.checkOne(loopback(), url("a.test", "/start"));

        assertThat(result.status()).isEqualTo(LinkStatus.WORKING);
        assertThat(seen).containsExactly("a.test tok-123", "b.test null");
        assertThat(result.toString()).doesNotContain("tok-123");
    }

    @Test
    void configuredHeaderIsNotSentAfterARedirectToAnotherPortOfItsHost() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (MockWebServer other = TestServers.start(r -> {
            seen.add("other port " + r.getHeaders().get("X-Token"));
            return status(r, 200);
        })) {
            server = TestServers.start(r -> {
                seen.add("its port " + r.getHeaders().get("X-Token"));
                return redirect(302, "http://a.test:" + other.getPort() + "/landing");
            });
            config.headers.add(new LinkCheckConfig.Header(Pattern.compile("a\\.test"), "X-Token", "tok-123"));
            LinkResult result = config.checkOne(loopback(), url("a.test", "/start"));

            assertThat(result.status()).isEqualTo(LinkStatus.WORKING);
        }
        // another origin (as curl decides): the same host on another port may be another service
        assertThat(seen).containsExactly("its port tok-123", "other port null");
    }

    @Test
    void tooManyRequestsPausesOnlyItsHost() throws Exception {
        AtomicInteger slowCalls = new AtomicInteger();
        List<String> order = new CopyOnWriteArrayList<>();
        server = TestServers.start(r -> {
            String host = r.getHeaders().get("Host").replaceFirst(":.*", "");
            order.add(host);
            if (host.equals("slow.test") && slowCalls.getAndIncrement() == 0) {
                return new MockResponse.Builder()
                        .code(429)
                        .setHeader("Retry-After", "1")
                        .build();
            }
            return status(r, 200);
        });
        config.perHostConcurrency = 1;
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            urls.add(url("slow.test", "/" + i));
            urls.add(url("fast.test", "/" + i));
        }
        Map<String, LinkResult> results = config.check(loopback(), urls.toArray(String[]::new));

        assertThat(results.values()).allSatisfy(r -> assertThat(r.status()).isEqualTo(LinkStatus.WORKING));
        // the paused host's other URLs waited too: all fast.test requests went before the second slow.test one
        int secondSlow =
                order.subList(order.indexOf("slow.test") + 1, order.size()).indexOf("slow.test")
                        + order.indexOf("slow.test")
                        + 1;
        assertThat(order.subList(0, secondSlow)).containsOnlyOnce("slow.test");
        assertThat(order.subList(0, secondSlow)).filteredOn("fast.test"::equals).hasSize(3);
    }

    @Test
    void noCheckerThreadIsLeftAfterClose() throws Exception {
        server = TestServers.start(r -> status(r, 200));
        try (LinkChecker checker = new LinkChecker(config.build(), loopback())) {
            checker.check(List.of(url("127.0.0.1", "/a"), url("127.0.0.1", "/b")), CheckProgress.NONE);
        }
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().startsWith("docslint-links") && t.isAlive());
    }
}
