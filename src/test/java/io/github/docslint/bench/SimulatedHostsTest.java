package io.github.docslint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimulatedHostsTest {
    private SimulatedHosts server;
    private HttpClient client;

    @BeforeEach
    void start() throws Exception {
        server = SimulatedHosts.start(
                Duration.ofMillis(50), Set.of("a.test/gone", "a.test/q?x=1"), Set.of("nohead.test"));
        // The server as the client's proxy: *.test names reach it without DNS, each request keeps its
        // own Host header.
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", server.port())))
                .build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpRequest request(String method, String hostAndPath) {
        return HttpRequest.newBuilder(URI.create("http://" + hostAndPath.replaceFirst("/", ":80/")))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
    }

    private int send(String method, String hostAndPath) throws Exception {
        return client.send(request(method, hostAndPath), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void countsRequestsTotalPerMethodAndPerLink() throws Exception {
        send("HEAD", "a.test/x");
        send("GET", "a.test/x");
        send("GET", "b.test/y");
        assertThat(server.requests()).isEqualTo(3);
        assertThat(server.requests("HEAD")).isEqualTo(1);
        assertThat(server.requests("GET")).isEqualTo(2);
        assertThat(server.requestsFor("a.test/x")).isEqualTo(2);
        assertThat(server.requestsFor("b.test/y")).isEqualTo(1);
        assertThat(server.distinctRequested()).isEqualTo(2);
    }

    @Test
    void answers404OnlyForTheBrokenLinksOfTheirHost() throws Exception {
        assertThat(send("GET", "a.test/gone")).isEqualTo(404);
        assertThat(send("HEAD", "a.test/gone")).isEqualTo(404);
        assertThat(send("GET", "a.test/q?x=1")).isEqualTo(404);
        assertThat(send("GET", "a.test/q?x=2")).isEqualTo(200);
        assertThat(send("GET", "b.test/gone")).isEqualTo(200);
        assertThat(send("HEAD", "a.test/fine")).isEqualTo(200);
    }

    @Test
    void answers405ToHeadOnlyOnTheHeadRefusingHosts() throws Exception {
        HttpResponse<Void> refused =
                client.send(request("HEAD", "nohead.test/p"), HttpResponse.BodyHandlers.discarding());
        assertThat(refused.statusCode()).isEqualTo(405);
        assertThat(refused.headers().firstValue("Allow")).hasValue("GET");
        assertThat(send("GET", "nohead.test/p")).isEqualTo(200);
        assertThat(send("HEAD", "a.test/p")).isEqualTo(200);
    }

    @Test
    void recordsOverlappingRequestsToOneHostAsInFlightTogether() throws Exception {
        List<CompletableFuture<HttpResponse<Void>>> four = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            four.add(client.sendAsync(request("GET", "a.test/p" + i), HttpResponse.BodyHandlers.discarding()));
        }
        send("GET", "b.test/alone");
        for (CompletableFuture<HttpResponse<Void>> f : four) {
            assertThat(f.get().statusCode()).isEqualTo(200);
        }
        assertThat(server.maxInFlight("a.test")).isBetween(2, 4);
        assertThat(server.maxInFlight("b.test")).isEqualTo(1);
        assertThat(server.maxInFlightPerHost()).isEqualTo(server.maxInFlight("a.test"));
        // reaching level m took an arrival at each level 2..m; only a.test's four could be above 1
        assertThat(server.arrivalsAbove(1)).isBetween(server.maxInFlight("a.test") - 1L, 3L);
        assertThat(server.arrivalsAbove(4)).isZero();
        assertThat(server.inFlight("a.test")).isZero();
    }

    @Test
    void theHostIsTakenFromTheHostHeaderWithoutItsPort() {
        assertThat(SimulatedHosts.hostOf("H042.test:8080")).isEqualTo("h042.test");
        assertThat(SimulatedHosts.hostOf("h042.test")).isEqualTo("h042.test");
        assertThat(SimulatedHosts.hostOf("[::1]:80")).isEqualTo("[::1]");
        assertThat(SimulatedHosts.hostOf("[::1]")).isEqualTo("[::1]");
    }

    @Test
    void resetForgetsTheCounts() throws Exception {
        send("GET", "a.test/x");
        server.reset();
        assertThat(server.requests()).isZero();
        assertThat(server.requests("GET")).isZero();
        assertThat(server.requestsFor("a.test/x")).isZero();
        assertThat(server.maxInFlightPerHost()).isZero();
        assertThat(server.arrivalsAbove(0)).isZero();
    }

    /** Sends the raw request lines on one kept-alive connection; returns each response's status line. */
    private List<String> raw(String... requests) throws Exception {
        List<String> statusLines = new ArrayList<>();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = socket.getOutputStream();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            for (String request : requests) {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                statusLines.add(in.readLine());
                int length = 0;
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).strip());
                    }
                }
                in.skip(length);
            }
        }
        return statusLines;
    }

    @Test
    void asAForwardProxyItGoesByTheAbsoluteFormTargetNotTheHostHeader() throws Exception {
        List<String> status = raw(
                "GET http://A.test/gone HTTP/1.1\r\nHost: elsewhere.test\r\n\r\n",
                "HEAD http://nohead.test/p HTTP/1.1\r\nHost: nohead.test\r\n\r\n",
                "GET http://b.test:80/gone?x=1 HTTP/1.1\r\nHost: b.test\r\n\r\n");
        // one connection to the proxy carried all three (kept alive), each answered as its target host
        assertThat(status)
                .containsExactly("HTTP/1.1 404 Not Found", "HTTP/1.1 405 Method Not Allowed", "HTTP/1.1 200 OK");
        assertThat(server.proxiedRequests()).isEqualTo(3);
        assertThat(server.requestsByHost()).isEqualTo(Map.of("a.test", 1L, "nohead.test", 1L, "b.test", 1L));
        assertThat(server.requestedKeys()).containsExactlyInAnyOrder("a.test/gone", "nohead.test/p", "b.test/gone?x=1");
        assertThat(server.requestsFor("elsewhere.test/gone")).isZero();
        assertThat(server.connections()).isEqualTo(1);
        // three requests of 50 ms on one connection: their host spans are each about one latency
        assertThat(server.span("a.test")).isBetween(Duration.ofMillis(50), Duration.ofSeconds(5));
        assertThat(server.span("never.test")).isZero();
    }

    @Test
    void anOriginFormRequestIsCountedByItsHostHeaderAndNotAsProxied() throws Exception {
        List<String> status = raw("GET /gone HTTP/1.1\r\nHost: a.test:8080\r\n\r\n");
        assertThat(status).containsExactly("HTTP/1.1 404 Not Found");
        assertThat(server.requests()).isEqualTo(1);
        assertThat(server.proxiedRequests()).isZero();
        assertThat(server.requestsByHost()).isEqualTo(Map.of("a.test", 1L));
    }

    @Test
    void aClientConfiguredWithTheServerAsProxySendsEveryRequestThroughIt() throws Exception {
        send("GET", "a.test/x");
        send("HEAD", "b.test/y");
        assertThat(server.proxiedRequests()).isEqualTo(server.requests()).isEqualTo(2);
        server.reset();
        assertThat(server.connections()).isZero();
        assertThat(server.span("a.test")).isZero();
        assertThat(server.proxiedRequests()).isZero();
        assertThat(server.requestsByHost()).isEmpty();
        assertThat(server.requestedKeys()).isEmpty();
    }
}
