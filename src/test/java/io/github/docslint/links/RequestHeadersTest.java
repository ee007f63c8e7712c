package io.github.docslint.links;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every request says about itself: who asks, and that it wants a page as a browser does. */
class RequestHeadersTest {
    private HttpServer server;
    private final Map<String, Headers> seen = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seen.put(exchange.getRequestURI().getPath(), exchange.getRequestHeaders());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private LinkCheckConfig config(List<LinkCheckConfig.Header> headers) {
        return LinkCheckConfig.defaults()
                .withTimeout(Duration.ofSeconds(5))
                .withRetries(0)
                .withLimits(4, 2)
                .withHeaders(headers)
                .withAllowPrivate(true);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void everyRequestNamesDocslintAndAsksForHtmlFirst() {
        try (LinkChecker checker = new LinkChecker(config(List.of()))) {
            assertThat(checker.check(List.of(url("/a")), CheckProgress.NONE)
                            .get(url("/a"))
                            .status())
                    .isEqualTo(LinkStatus.WORKING);
        }
        Headers h = seen.get("/a");
        assertThat(h.getFirst("User-Agent")).startsWith("Mozilla/5.0 (compatible; docslint/");
        assertThat(h.getFirst("Accept")).startsWith("text/html,");
    }

    @Test
    void aConfiguredHeaderReplacesTheDefaultWhateverItsCase() {
        LinkCheckConfig.Header accept = new LinkCheckConfig.Header(Pattern.compile("127\\.0\\.0\\.1"), "accept", "*/*");
        try (LinkChecker checker = new LinkChecker(config(List.of(accept)))) {
            checker.check(List.of(url("/b")), CheckProgress.NONE);
        }
        assertThat(seen.get("/b").get("Accept")).containsExactly("*/*");
    }
}
