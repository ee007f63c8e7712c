package io.github.docslint.links;

import static io.github.docslint.links.RawServer.write;
import static io.github.docslint.links.TestServers.loopback;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.links.HttpProbe.ProbeResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Servers that misbehave on purpose, each on 127.0.0.1: every link ends with the right status within
 * its deadline (plus a margin for a loaded machine), and the check leaves no thread, socket or file
 * handle behind.
 */
class HostileServerTest {
    private static final Duration MARGIN = Duration.ofMillis(1000);

    private final TestServers.Config config = new TestServers.Config();
    private final List<AutoCloseable> open = new ArrayList<>();
    /** The largest HTML body handed to the anchor finder. */
    private final AtomicInteger largestHtml = new AtomicInteger(-1);

    private Leaks before;
    private Duration elapsed;

    /** Loads the classes and opens the jars a check needs, so that they do not count as leaks. */
    @BeforeAll
    static void warmUp() throws Exception {
        try (RawServer server = RawServer.start((s, head, srv) -> {
            write(
                    s,
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nConnection: close\r\n\r\n");
            try (GZIPOutputStream gz = new GZIPOutputStream(s.getOutputStream())) {
                gz.write("<html><p id='a'>".getBytes(StandardCharsets.US_ASCII));
            }
        })) {
            TestServers.Config c = new TestServers.Config();
            c.anchors = true;
            c.check(loopback(), "http://127.0.0.1:" + server.port() + "/#a", "http://127.0.0.1:1/");
        }
        Leaks.now();
    }

    @BeforeEach
    void count() {
        before = Leaks.now();
    }

    @AfterEach
    void nothingLeftOpen() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        before.assertNoneLeftSince();
    }

    private RawServer start(RawServer.Handler handler) throws IOException {
        RawServer server = RawServer.start(handler);
        open.add(server);
        return server;
    }

    private static String url(RawServer server, String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private LinkResult check(String url) {
        return check(url, TestServers.loopback(), AddressGuard::isPrivate);
    }

    /** Checks one URL through the real client, timing it and recording the HTML sizes it read. */
    private LinkResult check(String url, Resolver resolver, Predicate<InetAddress> isPrivate) {
        LinkChecker.ProbeFactory probes = (c, timer) -> {
            HttpProbe real = new ApacheHttpProbe(c, resolver, timer, isPrivate);
            return new HttpProbe() {
                @Override
                public ProbeResponse send(ProbeRequest request) throws IOException {
                    ProbeResponse r = real.send(request);
                    if (r.html() != null) {
                        largestHtml.accumulateAndGet(r.html().length, Math::max);
                    }
                    return r;
                }

                @Override
                public void close() {
                    real.close();
                }
            };
        };
        long start = System.nanoTime();
        Map<String, LinkResult> results;
        try (LinkChecker checker = new LinkChecker(config.build(), Duration.ofMillis(10), probes)) {
            results = checker.check(List.of(url), CheckProgress.NONE);
        }
        elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertThat(elapsed).as("time taken").isLessThanOrEqualTo(config.timeout.plus(MARGIN));
        return results.get(url);
    }

    /** The link ends TIMEOUT, at its deadline: not before (no early give-up), and not much after (see check). */
    private void assertTimesOutAtTheDeadline(String url, Duration deadline) {
        config.timeout = deadline;
        assertThat(check(url).status()).isEqualTo(LinkStatus.TIMEOUT);
        assertThat(elapsed).isGreaterThanOrEqualTo(deadline.minusMillis(50));
    }

    /** Writes the block again and again, as fast as the client takes it, until it hangs up. */
    private static void endless(Socket s, String block, AtomicLong written) throws IOException {
        byte[] bytes = block.getBytes(StandardCharsets.US_ASCII);
        while (true) {
            s.getOutputStream().write(bytes);
            written.addAndGet(bytes.length);
        }
    }

    private static void redirect(Socket s, String status, String location) throws IOException {
        write(s, "HTTP/1.1 " + status + "\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n");
    }

    private static String ok(String contentType) {
        return "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nConnection: close\r\n\r\n";
    }

    @Test
    void headersDrippedOneBytePerSecondTimeOutAtTheDeadline() throws Exception {
        RawServer server = start((s, head, srv) -> {
            for (byte b : "HTTP/1.1 200 OK\r\nX-Slow: yes\r\n\r\n".getBytes(StandardCharsets.US_ASCII)) {
                s.getOutputStream().write(b);
                s.getOutputStream().flush();
                Thread.sleep(1000);
            }
        });
        assertTimesOutAtTheDeadline(url(server, "/"), Duration.ofSeconds(2));
    }

    @Test
    void bodyThatNeverEndsIsReadOnlyUpToTheAnchorLimit() throws Exception {
        RawServer server = start((s, head, srv) -> {
            write(s, ok("text/html; charset=utf-8") + "<html><body><p>");
            endless(s, "filler text ".repeat(4096), srv.written);
        });
        config.anchors = true;
        LinkResult result = check(url(server, "/endless#end"));

        assertThat(result.status()).isEqualTo(LinkStatus.ANCHOR_MISSING);
        assertThat(largestHtml.get()).isEqualTo(LinkJob.MAX_HTML_BYTES);
        // the client hung up after 4 MB: what the server got out is that plus the socket buffers
        assertThat(server.written.get()).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void pageTooBigToReadForAnchorsBeforeTheDeadlineTimesOutAtIt() throws Exception {
        // 4 MB of elements: a million-node page takes seconds to parse on a slow machine
        RawServer server = start((s, head, srv) -> {
            write(s, ok("text/html") + "<html><body>");
            endless(s, "<b></b>".repeat(4096), new AtomicLong());
        });
        config.anchors = true;
        config.timeout = Duration.ofMillis(500);
        LinkResult result = check(url(server, "/dense#end"));

        // TIMEOUT on a slow machine, and the deadline held; a fast one read it all in time
        assertThat(result.status()).isIn(LinkStatus.TIMEOUT, LinkStatus.ANCHOR_MISSING);
    }

    @Test
    void bodyThatNeverEndsIsNotReadWithoutAnchors() throws Exception {
        RawServer server = start((s, head, srv) -> {
            write(s, ok("text/html"));
            endless(s, "x".repeat(64 * 1024), srv.written);
        });
        LinkResult result = check(url(server, "/endless"));

        assertThat(result.status()).isEqualTo(LinkStatus.WORKING);
        assertThat(largestHtml.get()).isEqualTo(-1);
        assertThat(server.written.get()).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void gzipBombOnTheAnchorFetchInflatesNoMoreThanTheAnchorLimit() throws Exception {
        long bomb = 10L * 1024 * 1024 * 1024; // 10 GB once inflated, about 10 MB on the wire
        AtomicLong inflated = new AtomicLong();
        RawServer server = start((s, head, srv) -> {
            write(
                    s,
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nConnection: close\r\n\r\n");
            GZIPOutputStream gz = new GZIPOutputStream(s.getOutputStream(), 64 * 1024);
            gz.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
            byte[] zeros = new byte[1024 * 1024];
            Arrays.fill(zeros, (byte) 'a');
            for (long n = 0; n < bomb; n += zeros.length) {
                gz.write(zeros);
                inflated.addAndGet(zeros.length);
            }
            gz.finish();
        });
        config.anchors = true;
        config.timeout = Duration.ofSeconds(5);
        LinkResult result = check(url(server, "/bomb#end"));

        assertThat(result.status()).isEqualTo(LinkStatus.ANCHOR_MISSING);
        assertThat(largestHtml.get()).isEqualTo(LinkJob.MAX_HTML_BYTES);
        // the server had compressed far less than the bomb when the client hung up
        assertThat(inflated.get()).isLessThan(bomb / 10);
    }

    @Test
    void hundredKilobytesOfHeaderLinesAreBrokenNotRead() throws Exception {
        RawServer server = start((s, head, srv) -> {
            StringBuilder b = new StringBuilder("HTTP/1.1 200 OK\r\n");
            for (int i = 0; b.length() < 100 * 1024; i++) {
                b.append("X-Filler-")
                        .append(i)
                        .append(": ")
                        .append("v".repeat(80))
                        .append("\r\n");
            }
            write(s, b + "Content-Length: 0\r\n\r\n");
        });
        LinkResult result = check(url(server, "/"));

        assertThat(result)
                .extracting(LinkResult::status, LinkResult::info)
                .containsExactly(LinkStatus.BROKEN, "response headers too long");
        assertThat(server.requests())
                .as("not asked again: the answer would be the same")
                .isEqualTo(1);
    }

    @Test
    void oneHeaderOfHundredKilobytesIsBroken() throws Exception {
        RawServer server = start((s, head, srv) ->
                write(s, "HTTP/1.1 200 OK\r\nX-Huge: " + "v".repeat(100 * 1024) + "\r\nContent-Length: 0\r\n\r\n"));
        LinkResult result = check(url(server, "/"));

        assertThat(result)
                .extracting(LinkResult::status, LinkResult::info)
                .containsExactly(LinkStatus.BROKEN, "response headers too long");
    }

    @Test
    void headersThatNeverEndAreCutOffLongBeforeTheDeadline() throws Exception {
        RawServer server = start((s, head, srv) -> {
            write(s, "HTTP/1.1 200 OK\r\n");
            endless(s, "X-More: and more\r\n", srv.written);
        });
        config.timeout = Duration.ofSeconds(10);
        LinkResult result = check(url(server, "/"));

        assertThat(result.status()).isEqualTo(LinkStatus.BROKEN);
        assertThat(elapsed).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void endlessRedirectChainStopsAtTheHopLimit() throws Exception {
        AtomicInteger hops = new AtomicInteger();
        RawServer server = start((s, head, srv) -> redirect(s, "302 Found", "/hop/" + hops.incrementAndGet()));
        LinkResult result = check(url(server, "/hop/0"));

        assertThat(result)
                .extracting(LinkResult::status, LinkResult::info)
                .containsExactly(LinkStatus.BROKEN, "too many redirects");
        assertThat(server.requests()).isEqualTo(config.maxRedirects + 1);
    }

    @Test
    void twoHopRedirectLoopIsBroken() throws Exception {
        RawServer server = start(
                (s, head, srv) -> redirect(s, "307 Temporary Redirect", (head.startsWith("HEAD /a ") ? "/b" : "/a")));
        LinkResult result = check(url(server, "/a"));

        assertThat(result)
                .extracting(LinkResult::status, LinkResult::info)
                .containsExactly(LinkStatus.BROKEN, "redirect loop");
        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void redirectsToFileAndFtpAreBrokenAndNotFollowed() throws Exception {
        RawServer server = start((s, head, srv) ->
                redirect(s, "302 Found", (head.contains(" /ftp ") ? "ftp://127.0.0.1/pub" : "file:///etc/passwd")));
        LinkResult file = check(url(server, "/file"));
        LinkResult ftp = check(url(server, "/ftp"));

        assertThat(file)
                .extracting(LinkResult::status, LinkResult::info)
                .containsExactly(LinkStatus.BROKEN, "redirect to a non-http(s) URL (file:)");
        assertThat(ftp)
                .extracting(LinkResult::status, LinkResult::info)
                .containsExactly(LinkStatus.BROKEN, "redirect to a non-http(s) URL (ftp:)");
    }

    @Test
    void retryAfterOfAYearIsCappedNotObeyed() throws Exception {
        RawServer server = start((s, head, srv) ->
                write(s, "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 31536000\r\nContent-Length: 0\r\n\r\n"));
        config.maxRetryAfter = Duration.ofMillis(300);
        config.timeout = Duration.ofSeconds(5);
        LinkResult result = check(url(server, "/"));

        assertThat(result).extracting(LinkResult::status, LinkResult::code).containsExactly(LinkStatus.BROKEN, 429);
        // each wait was the cap: the retries were made, and long before the deadline
        assertThat(server.requests()).isEqualTo(config.retries + 1);
        assertThat(elapsed).isBetween(Duration.ofMillis(550), Duration.ofSeconds(3));
    }

    @Test
    void retryAfterCappedBeyondTheDeadlineEndsTheLinkAtOnce() throws Exception {
        RawServer server = start(
                (s, head, srv) -> write(
                        s,
                        "HTTP/1.1 503 Service Unavailable\r\nRetry-After: Fri, 31 Dec 9999 23:59:59 GMT\r\nContent-Length: 0\r\n\r\n"));
        config.maxRetryAfter = Duration.ofSeconds(30);
        config.timeout = Duration.ofSeconds(2);
        LinkResult result = check(url(server, "/"));

        assertThat(result).extracting(LinkResult::status, LinkResult::code).containsExactly(LinkStatus.BROKEN, 503);
        assertThat(server.requests()).isEqualTo(1);
        assertThat(elapsed).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void invalidRetryAfterFallsBackToBackoff() throws Exception {
        RawServer server = start(
                (s, head, srv) -> write(
                        s,
                        "HTTP/1.1 429 Too Many Requests\r\nRetry-After: -1; soon, 99999999999999\r\nContent-Length: 0\r\n\r\n"));
        config.timeout = Duration.ofSeconds(2);
        LinkResult result = check(url(server, "/"));

        assertThat(result).extracting(LinkResult::status, LinkResult::code).containsExactly(LinkStatus.BROKEN, 429);
        assertThat(server.requests()).isEqualTo(config.retries + 1);
        assertThat(elapsed).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void serverThatAcceptsAndNeverReadsTimesOutAtTheDeadline() throws Exception {
        RawServer server = RawServer.silent((s, head, srv) -> Thread.sleep(Long.MAX_VALUE));
        open.add(server);
        assertTimesOutAtTheDeadline(url(server, "/"), Duration.ofSeconds(1));
        assertThat(server.connections()).isEqualTo(1);
    }

    @Test
    void tlsHandshakeThatNeverEndsLateInTheDeadlineEndsAtTheDeadline() throws Exception {
        // the first hop takes most of the deadline; the second is https to a server that never answers
        // the handshake: the socket's own timeout (a whole deadline) must not decide when it ends
        RawServer silent = RawServer.silent((s, head, srv) -> Thread.sleep(Long.MAX_VALUE));
        open.add(silent);
        RawServer slow = start((s, head, srv) -> {
            Thread.sleep(1500);
            redirect(s, "302 Found", "https://127.0.0.1:" + silent.port() + "/");
        });
        assertTimesOutAtTheDeadline(url(slow, "/"), Duration.ofSeconds(2));
    }

    @Test
    void endlessInformationalResponsesEndAtTheDeadline() throws Exception {
        RawServer server = start((s, head, srv) -> {
            while (true) {
                write(s, "HTTP/1.1 102 Processing\r\n\r\n");
                Thread.sleep(10);
            }
        });
        assertTimesOutAtTheDeadline(url(server, "/"), Duration.ofSeconds(1));
    }

    @Test
    void aBodyOnAHeadAnswerDoesNotSpoilTheNextRequestOnTheConnection() throws Exception {
        RawServer server = start((s, head, srv) -> {
            // HEAD must not have a body; this server sends one anyway, then answers the next request
            write(s, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 20\r\n\r\n");
            write(s, "HTTP/1.1 404 Bad\r\n\r\n");
        });
        config.perHostConcurrency = 1;
        config.concurrency = 1;
        Map<String, LinkResult> all;
        try (LinkChecker checker = new LinkChecker(config.build(), loopback(), Duration.ofMillis(10))) {
            all = checker.check(List.of(url(server, "/a"), url(server, "/b"), url(server, "/c")), CheckProgress.NONE);
        }
        assertThat(all.values())
                .allSatisfy(r -> assertThat(r.status()).as(r.url()).isEqualTo(LinkStatus.WORKING));
    }

    @Test
    void redirectHopsToPrivateAddressesAreBlockedBeforeAnyConnection() throws Exception {
        // the victim listens on another loopback address; only the test server's 127.0.0.1 passes as public
        AtomicInteger victimConnections = new AtomicInteger();
        RawServer victim = RawServer.start(InetAddress.getByName("127.0.0.2"), 0, (s, head, srv) -> {
            victimConnections.incrementAndGet();
            write(s, ok("text/plain"));
        });
        open.add(victim);
        int port = victim.port();
        RawServer site = start((s, head, srv) -> {
            String target = head.substring(head.indexOf(' ') + 1, head.indexOf(' ', head.indexOf(' ') + 1));
            String location = switch (target) {
                case "/literal" -> "http://127.0.0.2:" + port + "/admin";
                case "/name" -> "http://intranet.test:" + port + "/admin";
                case "/decimal" -> "http://2130706434:" + port + "/admin";
                default -> "http://169.254.169.254/latest/meta-data/";
            };
            redirect(s, "302 Found", location);
        });
        Resolver names = host -> new InetAddress[] {
            InetAddress.getByAddress(host, new byte[] {127, 0, 0, (byte) (host.equals("intranet.test") ? 2 : 1)})
        };
        InetAddress testServer = InetAddress.getByName("127.0.0.1");
        config.allowPrivate = false;
        for (String path : List.of("/literal", "/name", "/decimal", "/metadata")) {
            LinkResult result = check(
                    "http://public.test:" + site.port() + path,
                    names,
                    a -> !a.equals(testServer) && AddressGuard.isPrivate(a));
            assertThat(result.status()).as(path).isEqualTo(LinkStatus.BLOCKED);
        }
        assertThat(site.requests()).isEqualTo(4);
        assertThat(victim.connections()).isZero();
        assertThat(victimConnections).hasValue(0);
    }
}
