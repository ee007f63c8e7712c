package io.github.docslint.links;

import static io.github.docslint.links.TestServers.loopback;
import static io.github.docslint.links.TestServers.redirect;
import static io.github.docslint.links.TestServers.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Statuses, HEAD/GET fallback, redirects and retries against loopback servers. */
class LinkCheckerStatusTest {
    private final TestServers.Config config = new TestServers.Config();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private MockWebServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    @Test
    void everyStatusClassMapsToItsResult() throws Exception {
        server = TestServers.start(r -> {
            seen.add(r.getMethod() + " " + r.getTarget());
            return switch (r.getTarget()) {
                case "/ok" -> status(r, 200);
                case "/created" -> status(r, 204);
                case "/missing" -> status(r, 404);
                case "/gone" -> status(r, 410);
                case "/error" -> status(r, 500);
                default -> status(r, 400);
            };
        });
        Map<String, LinkResult> results =
                config.check(loopback(), url("/ok"), url("/created"), url("/missing"), url("/gone"), url("/error"));

        assertThat(results.get(url("/ok")))
                .extracting(LinkResult::status, LinkResult::code)
                .containsExactly(LinkStatus.WORKING, 200);
        assertThat(results.get(url("/created")).status()).isEqualTo(LinkStatus.WORKING);
        assertThat(results.get(url("/missing")))
                .extracting(LinkResult::status, LinkResult::code, LinkResult::info)
                .containsExactly(LinkStatus.BROKEN, 404, "404 Not Found");
        assertThat(results.get(url("/gone")).code()).isEqualTo(410);
        assertThat(results.get(url("/error")))
                .extracting(LinkResult::status, LinkResult::code)
                .containsExactly(LinkStatus.BROKEN, 500);
        // errors on HEAD are asked again with GET before they count (servers mishandle HEAD)
        assertThat(seen).contains("HEAD /missing", "GET /missing", "HEAD /error", "GET /error");
        assertThat(seen).containsOnlyOnce("HEAD /ok").doesNotContain("GET /ok");
    }

    @Test
    void headRefusedWith405IsAskedAgainWithGet() throws Exception {
        server = TestServers.start(r -> {
            seen.add(r.getMethod());
            return r.getMethod().equals("HEAD") ? status(r, 405) : status(r, 200);
        });
        LinkResult result = config.checkOne(loopback(), url("/page"));

        assertThat(result.status()).isEqualTo(LinkStatus.WORKING);
        assertThat(seen).containsExactly("HEAD", "GET");
    }

    @Test
    void aHostThatRefusedHeadGetsGetRightAwayForItsOtherLinks() throws Exception {
        server = TestServers.start(r -> {
            seen.add(r.getMethod() + " " + r.getTarget());
            return r.getMethod().equals("HEAD") ? status(r, 405) : status(r, 200);
        });
        config.perHostConcurrency = 1; // one at a time, so that the first answer is known before the next
        String[] urls = {url("/1"), url("/2"), url("/3"), url("/4")};
        assertThat(config.check(loopback(), urls).values())
                .extracting(LinkResult::status)
                .containsOnly(LinkStatus.WORKING);
        assertThat(seen.stream().filter(m -> m.startsWith("HEAD"))).hasSize(1);
        assertThat(seen.stream().filter(m -> m.startsWith("GET"))).hasSize(4);
    }

    @Test
    void aForbiddenHeadDoesNotStopHeadForTheHostsOtherLinks() throws Exception {
        server = TestServers.start(r -> {
            seen.add(r.getMethod() + " " + r.getTarget());
            return r.getMethod().equals("HEAD") && r.getTarget().equals("/private") ? status(r, 403) : status(r, 200);
        });
        config.perHostConcurrency = 1;
        config.check(loopback(), url("/private"), url("/a"), url("/b"));
        assertThat(seen).contains("HEAD /a", "HEAD /b").doesNotContain("GET /a", "GET /b");
    }

    @Test
    void headForbiddenIsAskedAgainWithGet() throws Exception {
        server = TestServers.start(r -> r.getMethod().equals("HEAD") ? status(r, 403) : status(r, 200));

        assertThat(config.checkOne(loopback(), url("/page")).status()).isEqualTo(LinkStatus.WORKING);
    }

    @Test
    void temporaryRedirectChainWithRelativeLocationsEndsWorking() throws Exception {
        server = TestServers.start(r -> switch (r.getTarget()) {
            case "/a" -> redirect(302, "b");
            case "/b" -> redirect(307, "/c/d");
            case "/c/d" -> redirect(303, "../final");
            case "/final" -> status(r, 200);
            default -> status(r, 404);
        });
        LinkResult result = config.checkOne(loopback(), url("/a"));

        assertThat(result).extracting(LinkResult::status, LinkResult::code).containsExactly(LinkStatus.WORKING, 200);
    }

    @Test
    void permanentRedirectIsReportedWithItsCodeAndTheFinalUrl() throws Exception {
        server = TestServers.start(r -> switch (r.getTarget()) {
            case "/old" -> redirect(301, "/middle");
            case "/middle" -> redirect(302, "/new");
            case "/moved" -> redirect(308, "/new");
            default -> status(r, 200);
        });
        Map<String, LinkResult> results = config.check(loopback(), url("/old"), url("/moved"));

        assertThat(results.get(url("/old")))
                .extracting(LinkResult::status, LinkResult::code, LinkResult::info)
                .containsExactly(LinkStatus.REDIRECTED, 301, url("/new"));
        assertThat(results.get(url("/moved")).code()).isEqualTo(308);
    }

    @Test
    void allowedPermanentRedirectIsWorking() throws Exception {
        server = TestServers.start(r -> r.getTarget().equals("/old") ? redirect(301, "/new") : status(r, 200));
        config.allowedRedirects.add(
                new LinkCheckConfig.AllowedRedirect(Pattern.compile(".*/old$"), Pattern.compile(".*/new$")));

        assertThat(config.checkOne(loopback(), url("/old")).status()).isEqualTo(LinkStatus.WORKING);
    }

    @Test
    void tooManyRequestsWithRetryAfterSecondsIsRetriedThenWorks() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server = TestServers.start(r -> calls.getAndIncrement() == 0
                ? new MockResponse.Builder()
                        .code(429)
                        .setHeader("Retry-After", "1")
                        .build()
                : status(r, 200));
        long start = System.nanoTime();
        LinkResult result = config.checkOne(loopback(), url("/a"));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(result.status()).isEqualTo(LinkStatus.WORKING);
        assertThat(elapsed).isBetween(Duration.ofMillis(950), Duration.ofMillis(1800));
    }

    @Test
    void tooManyRequestsWithRetryAfterHttpDateIsRetriedThenWorks() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server = TestServers.start(r -> {
            if (calls.getAndIncrement() > 0) {
                return status(r, 200);
            }
            String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(1));
            return new MockResponse.Builder()
                    .code(429)
                    .setHeader("Retry-After", date)
                    .build();
        });
        LinkResult result = config.checkOne(loopback(), url("/a"));

        assertThat(result.status()).isEqualTo(LinkStatus.WORKING);
        assertThat(calls).hasValue(2);
    }

    @Test
    void retryAfterLongerThanTheCapWaitsOnlyTheCap() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server = TestServers.start(r -> calls.getAndIncrement() == 0
                ? new MockResponse.Builder()
                        .code(503)
                        .setHeader("Retry-After", "3600")
                        .build()
                : status(r, 200));
        config.maxRetryAfter = Duration.ofMillis(400);
        long start = System.nanoTime();
        LinkResult result = config.checkOne(loopback(), url("/a"));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(result.status()).isEqualTo(LinkStatus.WORKING);
        assertThat(elapsed).isBetween(Duration.ofMillis(380), Duration.ofMillis(1500));
    }

    @Test
    void serviceUnavailableIsRetriedWithBackoffThenWorks() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server = TestServers.start(r -> calls.getAndIncrement() < 2 ? status(r, 503) : status(r, 200));

        assertThat(config.checkOne(loopback(), url("/a")).status()).isEqualTo(LinkStatus.WORKING);
        assertThat(calls).hasValue(3);
    }

    @Test
    void serviceUnavailableBeyondTheRetriesIsBroken() throws Exception {
        server = TestServers.start(r -> status(r, 503));
        config.retries = 1;
        LinkResult result = config.checkOne(loopback(), url("/a"));

        assertThat(result).extracting(LinkResult::status, LinkResult::code).containsExactly(LinkStatus.BROKEN, 503);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void connectionClosedWithoutAnswerIsBrokenAfterRetries() throws Exception {
        server = TestServers.start(r -> new MockResponse.Builder()
                .onResponseStart(new SocketEffect.CloseSocket())
                .build());
        config.retries = 1;
        LinkResult result = config.checkOne(loopback(), url("/a"));

        assertThat(result).extracting(LinkResult::status, LinkResult::code).containsExactly(LinkStatus.BROKEN, 0);
        assertThat(result.info()).contains("connection");
    }

    @Test
    void acceptedCodesCountAsWorkingOnlyForTheirHost() throws Exception {
        server = TestServers.start(r -> status(r, 403));
        config.accept.add(new LinkCheckConfig.Accept(Pattern.compile("bot-wall\\.test"), Set.of(403, 429)));
        String walled = "http://bot-wall.test:" + server.getPort() + "/";
        String other = "http://other.test:" + server.getPort() + "/";
        Map<String, LinkResult> results = config.check(loopback(), walled, other);

        assertThat(results.get(walled))
                .extracting(LinkResult::status, LinkResult::code)
                .containsExactly(LinkStatus.WORKING, 403);
        assertThat(results.get(other))
                .extracting(LinkResult::status, LinkResult::code)
                .containsExactly(LinkStatus.BROKEN, 403);
    }

    @Test
    void ignoredUrlsAreNotRequested() throws Exception {
        server = TestServers.start(r -> status(r, 200));
        config.ignore.add(Pattern.compile("/private/"));
        LinkResult result = config.checkOne(loopback(), url("/private/page"));

        assertThat(result.status()).isEqualTo(LinkStatus.IGNORED);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void unknownHostIsBroken() {
        LinkResult result = config.checkOne(loopback("nowhere.test"), "http://nowhere.test/");

        assertThat(result)
                .extracting(LinkResult::status, LinkResult::code, LinkResult::info)
                .containsExactly(LinkStatus.BROKEN, 0, "unknown host");
    }

    @Test
    void refusedConnectionIsBroken() throws Exception {
        server = TestServers.start(r -> status(r, 200));
        String url = url("/");
        server.close();
        server = null;

        assertThat(config.checkOne(loopback(), url).status()).isEqualTo(LinkStatus.BROKEN);
    }

    @Test
    void waitThatWouldPassTheDeadlineEndsTheLinkNowWithTheLastFailure() throws Exception {
        server = TestServers.start(r -> new MockResponse.Builder()
                .code(429)
                .setHeader("Retry-After", "5")
                .build());
        config.timeout = Duration.ofSeconds(1);
        config.maxRetryAfter = Duration.ofSeconds(30);
        long start = System.nanoTime();
        LinkResult result = config.checkOne(loopback(), url("/a"));

        assertThat(result).extracting(LinkResult::status, LinkResult::code).containsExactly(LinkStatus.BROKEN, 429);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(800));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void closeDuringACheckStopsItAndLeavesTheRestUnchecked() throws Exception {
        server = TestServers.start(r -> new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE)
                .build());
        config.timeout = Duration.ofSeconds(10);
        LinkChecker checker = new LinkChecker(config.build(), loopback(), Duration.ofMillis(10));
        CompletableFuture<Map<String, LinkResult>> running =
                CompletableFuture.supplyAsync(() -> checker.check(List.of(url("/slow")), CheckProgress.NONE));
        Thread.sleep(200);
        long start = System.nanoTime();
        checker.close();
        Map<String, LinkResult> results = running.get(5, TimeUnit.SECONDS);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(results.get(url("/slow")).status()).isIn(LinkStatus.UNCHECKED, LinkStatus.BROKEN);
    }

    @Test
    void progressIsToldForEveryDistinctUrl() throws Exception {
        server = TestServers.start(r -> status(r, 200));
        List<String> told = new CopyOnWriteArrayList<>();
        try (LinkChecker checker = new LinkChecker(config.build(), loopback(), Duration.ofMillis(10))) {
            checker.check(
                    List.of(url("/a"), url("/b"), url("/a"), "mailto:x@example.org"),
                    (done, total) -> told.add(done + "/" + total));
        }
        assertThat(told).hasSize(3).contains("3/3");
    }
}
