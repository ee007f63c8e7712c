package io.github.docslint.links;

import static io.github.docslint.links.TestServers.loopback;
import static io.github.docslint.links.TestServers.redirect;
import static io.github.docslint.links.TestServers.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Deadlines, TLS, proxies and the private-address guard. */
class LinkCheckerNetworkTest {
    private final TestServers.Config config = new TestServers.Config();
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private MockWebServer start(java.util.function.Function<mockwebserver3.RecordedRequest, MockResponse> handler)
            throws IOException {
        MockWebServer server = TestServers.start(handler);
        open.add(server);
        return server;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void serverThatNeverAnswersTimesOutAtTheDeadline() throws Exception {
        MockWebServer server = start(r -> new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE)
                .build());
        config.timeout = Duration.ofSeconds(1);
        long start = System.nanoTime();
        LinkResult result = config.checkOne(loopback(), "http://127.0.0.1:" + server.getPort() + "/");

        assertThat(result).extracting(LinkResult::status, LinkResult::code).containsExactly(LinkStatus.TIMEOUT, 0);
        assertThat(since(start)).isBetween(Duration.ofMillis(950), Duration.ofMillis(1600));
    }

    @Test
    void serverThatDripsItsBodyTimesOutAtTheDeadline() throws Exception {
        String page = "<html><body>" + "x".repeat(200_000) + "<p id='end'></p></body></html>";
        MockWebServer server = start(r -> new MockResponse.Builder()
                .setHeader("Content-Type", "text/html")
                .body(page)
                .throttleBody(100, 100, TimeUnit.MILLISECONDS)
                .build());
        config.timeout = Duration.ofSeconds(1);
        config.anchors = true;
        long start = System.nanoTime();
        LinkResult result = config.checkOne(loopback(), "http://127.0.0.1:" + server.getPort() + "/#end");

        assertThat(result.status()).isEqualTo(LinkStatus.TIMEOUT);
        assertThat(since(start)).isBetween(Duration.ofMillis(950), Duration.ofMillis(1600));
    }

    @Test
    void serverThatDripsItsHeadersTimesOutAtTheDeadline() throws Exception {
        ServerSocket listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        open.add(listener);
        Thread dripper = new Thread(() -> {
            try (Socket s = listener.accept()) {
                OutputStream out = s.getOutputStream();
                out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < 100; i++) { // bounded: 10 s at most
                    out.write(("X-Drip-" + i + ": a\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException e) {
                // the client hung up: done
            }
        });
        dripper.setDaemon(true);
        dripper.start();
        config.timeout = Duration.ofSeconds(1);
        long start = System.nanoTime();
        LinkResult result = config.checkOne(loopback(), "http://127.0.0.1:" + listener.getLocalPort() + "/");

        assertThat(result.status()).isEqualTo(LinkStatus.TIMEOUT);
        assertThat(since(start)).isBetween(Duration.ofMillis(950), Duration.ofMillis(1600));
    }

    @Test
    void untrustedCertificateIsBroken() throws Exception {
        HeldCertificate cert = new HeldCertificate.Builder()
                .addSubjectAlternativeName("127.0.0.1")
                .build();
        HandshakeCertificates certs =
                new HandshakeCertificates.Builder().heldCertificate(cert).build();
        MockWebServer server = start(r -> status(r, 200));
        server.useHttps(certs.sslSocketFactory());
        LinkResult result = config.checkOne(loopback(), "https://127.0.0.1:" + server.getPort() + "/");

        assertThat(result).extracting(LinkResult::status, LinkResult::code).containsExactly(LinkStatus.BROKEN, 0);
        assertThat(result.info()).startsWith("TLS failure");
    }

    @Test
    void proxyWithBasicAuthIsAnsweredAfter407AndTheCredentialsStaySecret() throws Exception {
        List<String> authorizations = new CopyOnWriteArrayList<>();
        MockWebServer proxy = start(r -> {
            String auth = r.getHeaders().get("Proxy-Authorization");
            authorizations.add(String.valueOf(auth));
            if (auth == null) {
                return new MockResponse.Builder()
                        .code(407)
                        .setHeader("Proxy-Authenticate", "Basic realm=\"proxy\"")
                        .build();
            }
            return status(r, 200);
        });
        config.allowPrivate = false; // through a proxy only literal addresses are checked
        config.proxies = new Proxies(
                Optional.of(new Proxies.Proxy("127.0.0.1", proxy.getPort(), "alice", "s3cret-pw", List.of())),
                Optional.empty(),
                false);
        // the name does not resolve here: only the proxy resolves it
        Map<String, LinkResult> results = config.check(loopback("docs.example.test"), "http://docs.example.test/page");
        LinkResult result = results.get("http://docs.example.test/page");

        assertThat(result.status()).isEqualTo(LinkStatus.WORKING);
        String expected =
                "Basic " + Base64.getEncoder().encodeToString("alice:s3cret-pw".getBytes(StandardCharsets.UTF_8));
        assertThat(authorizations).containsExactly("null", expected);
        assertThat(results.toString()).doesNotContain("s3cret-pw");
        assertThat(config.build().toString()).doesNotContain("s3cret-pw");
    }

    @Test
    void httpsGoesThroughAnAuthenticatedConnectTunnel() throws Exception {
        List<String> requests = new CopyOnWriteArrayList<>();
        MockWebServer proxy = new MockWebServer();
        open.add(proxy);
        proxy.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                String auth = r.getHeaders().get("Proxy-Authorization");
                requests.add(r.getMethod() + " " + r.getTarget() + " " + auth);
                if (auth == null) {
                    return new MockResponse.Builder()
                            .code(407)
                            .setHeader("Proxy-Authenticate", "Basic realm=\"proxy\"")
                            .inTunnel()
                            .onResponseEnd(new SocketEffect.CloseSocket())
                            .build();
                }
                // refuse the tunnel once authenticated, and close: the client reads a CONNECT response's
                // body to EOF, and MockWebServer would keep a tunnel open (the deadline would end it)
                return new MockResponse.Builder()
                        .code(403)
                        .body("no")
                        .inTunnel()
                        .onResponseEnd(new SocketEffect.CloseSocket())
                        .build();
            }

            @Override
            public MockResponse peek() {
                return new MockResponse.Builder().inTunnel().build(); // plain CONNECT before TLS
            }
        });
        proxy.start(InetAddress.getByName("127.0.0.1"), 0);
        config.allowPrivate = false;
        config.proxies = new Proxies(
                Optional.empty(),
                Optional.of(new Proxies.Proxy("127.0.0.1", proxy.getPort(), "bob", "tunnel-pw", List.of())),
                false);
        LinkResult result = config.checkOne(loopback("docs.example.test"), "https://docs.example.test/page");

        // the tunnel was asked for again with the credentials after the 407
        String auth = "Basic " + Base64.getEncoder().encodeToString("bob:tunnel-pw".getBytes(StandardCharsets.UTF_8));
        assertThat(requests).startsWith("CONNECT docs.example.test:443 null", "CONNECT docs.example.test:443 " + auth);
        // HEAD, then GET after the refusal (403 on HEAD is asked again with GET)
        assertThat(requests).hasSize(4);
        assertThat(result.status()).isEqualTo(LinkStatus.BROKEN);
        assertThat(result.toString()).doesNotContain("tunnel-pw");
    }

    @Test
    void nonProxyHostsAreReachedDirectly() throws Exception {
        MockWebServer proxy = start(r -> status(r, 500));
        MockWebServer target = start(r -> status(r, 200));
        config.proxies = new Proxies(
                Optional.of(new Proxies.Proxy("127.0.0.1", proxy.getPort(), null, null, List.of("*.direct.test"))),
                Optional.empty(),
                false);
        String url = "http://www.direct.test:" + target.getPort() + "/";

        assertThat(config.checkOne(loopback(), url).status()).isEqualTo(LinkStatus.WORKING);
        assertThat(proxy.getRequestCount()).isZero();
        assertThat(target.getRequestCount()).isEqualTo(1);
    }

    /** Each blocked by default, and never requested: the test server would count the request. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "http://127.0.0.1:PORT/",
                "http://localhost:PORT/",
                "http://localhost.:PORT/",
                "http://0.0.0.0:PORT/",
                "http://[::1]:PORT/",
                "http://[::ffff:127.0.0.1]:PORT/",
                "http://2130706433:PORT/",
                "http://0x7f.1:PORT/",
                "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.1/",
                "http://10.255.255.254/",
                "http://172.16.0.1/",
                "http://172.31.255.254/",
                "http://192.168.0.1/",
                "http://192.168.255.254/",
                "http://[fc00::1]/",
                "http://[fdff:ffff::1]/",
                "http://[fe80::1]/",
                "http://[febf::1]/",
            })
    void privateAndLoopbackAddressesAreBlockedByDefaultAndNeverRequested(String url) throws Exception {
        MockWebServer server = start(r -> status(r, 200));
        LinkCheckConfig defaults = LinkCheckConfig.defaults().withTimeout(Duration.ofSeconds(2));
        assertThat(defaults.allowPrivate()).isFalse();
        String link = url.replace("PORT", String.valueOf(server.getPort()));
        LinkResult result;
        try (LinkChecker checker = new LinkChecker(defaults, loopback())) {
            result = checker.check(List.of(link), CheckProgress.NONE).get(link);
        }

        assertThat(result.status()).isEqualTo(LinkStatus.BLOCKED);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void dnsRebindingIsCaughtOnTheAddressActuallyConnectedTo() throws Exception {
        // rebind.test answers the test server's address first (standing in for a public one), then a
        // private one; the first answer's connection is closed, so the second request resolves again
        AtomicInteger lookups = new AtomicInteger();
        AtomicInteger victimConnections = new AtomicInteger();
        RawServer site = RawServer.start((s, head, srv) -> RawServer.write(
                s, "HTTP/1.1 302 Found\r\nLocation: /next\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"));
        open.add(site);
        RawServer victim = RawServer.start(InetAddress.getByName("127.0.0.2"), site.port(), (s, head, srv) -> {
            victimConnections.incrementAndGet();
            RawServer.write(s, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        });
        open.add(victim);
        Resolver rebinding = host -> new InetAddress[] {
            InetAddress.getByAddress(host, new byte[] {127, 0, 0, (byte) (lookups.incrementAndGet() == 1 ? 1 : 2)})
        };
        InetAddress publicStandIn = InetAddress.getByName("127.0.0.1");
        config.allowPrivate = false;
        String url = "http://rebind.test:" + site.port() + "/start";
        LinkResult result;
        try (LinkChecker checker = new LinkChecker(
                config.build(),
                Duration.ofMillis(10),
                (c, timer) -> new ApacheHttpProbe(
                        c, rebinding, timer, a -> !a.equals(publicStandIn) && AddressGuard.isPrivate(a)))) {
            result = checker.check(List.of(url), CheckProgress.NONE).get(url);
        }

        assertThat(result.status()).isEqualTo(LinkStatus.BLOCKED);
        assertThat(result.info()).isEqualTo("resolves to private address 127.0.0.2");
        assertThat(lookups).hasValue(2);
        assertThat(site.requests()).isEqualTo(1);
        assertThat(victim.connections()).isZero();
        assertThat(victimConnections).hasValue(0);
    }

    @Test
    void nameResolvingToAPrivateAddressIsBlocked() throws Exception {
        MockWebServer server = start(r -> status(r, 200));
        config.allowPrivate = false;
        LinkResult result = config.checkOne(loopback(), "http://internal.test:" + server.getPort() + "/");

        assertThat(result.status()).isEqualTo(LinkStatus.BLOCKED);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void redirectHopToAPrivateAddressIsBlocked() throws Exception {
        MockWebServer victim = start(r -> status(r, 200));
        // a proxy stands in for a public site: through it the first hop is allowed
        MockWebServer site = start(r -> r.getTarget().endsWith("/metadata")
                ? redirect(302, "http://169.254.169.254/latest/meta-data/")
                : redirect(301, "http://127.0.0.1:" + victim.getPort() + "/admin"));
        config.allowPrivate = false;
        config.proxies = new Proxies(
                Optional.of(new Proxies.Proxy("127.0.0.1", site.getPort(), null, null, List.of())),
                Optional.empty(),
                false);
        Map<String, LinkResult> results =
                config.check(loopback(), "http://public.test/go", "http://public.test/metadata");

        assertThat(results.values()).allSatisfy(r -> assertThat(r.status()).isEqualTo(LinkStatus.BLOCKED));
        assertThat(site.getRequestCount()).isEqualTo(2);
        assertThat(victim.getRequestCount()).isZero();
    }
}
