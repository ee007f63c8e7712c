package io.github.docslint.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** URLs that browsers follow are checked, not reported as malformed. */
class UrlsTest {
    @Test
    void validUrlsStayAsWritten() throws URISyntaxException {
        assertThat(Urls.parse("https://a.example/p?q=1&r=%20#f").toString())
                .isEqualTo("https://a.example/p?q=1&r=%20#f");
        assertThat(Urls.parse("https://de.example/wiki/Straße").getHost()).isEqualTo("de.example");
    }

    @Test
    void charactersBrowsersEncodeAreEncoded() throws URISyntaxException {
        assertThat(Urls.parse("https://api.mattermost.com/#tag/users/paths/~1users~1{user_id}~1mfa/put")
                        .getRawFragment())
                .isEqualTo("tag/users/paths/~1users~1%7Buser_id%7D~1mfa/put");
        assertThat(Urls.parse("https://a.example/a b?x=|y&p=100%").toString())
                .isEqualTo("https://a.example/a%20b?x=%7Cy&p=100%25");
        assertThat(Urls.parse("https://[::1]:8080/a[1]/b?q=^").toString())
                .isEqualTo("https://[::1]:8080/a%5B1%5D/b?q=%5E");
    }

    @Test
    void whatNoBrowserFollowsStaysAnError() {
        assertThatThrownBy(() -> Urls.parse("https://[::1/x")).isInstanceOf(URISyntaxException.class);
    }

    @Test
    void theCheckerRequestsTheEncodedFormAndReportsTheUrlAsWritten() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Map<String, String> seen = new ConcurrentHashMap<>();
        server.createContext("/", exchange -> {
            seen.put(
                    "target",
                    exchange.getRequestURI().getRawPath() + "?"
                            + exchange.getRequestURI().getRawQuery());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/a b?x=|y#{id}";
            LinkCheckConfig config = LinkCheckConfig.defaults()
                    .withTimeout(Duration.ofSeconds(5))
                    .withRetries(0)
                    .withLimits(2, 2)
                    .withAllowPrivate(true);
            try (LinkChecker checker = new LinkChecker(config)) {
                LinkResult r = checker.check(List.of(url), CheckProgress.NONE).get(url);
                assertThat(r.status()).isEqualTo(LinkStatus.WORKING);
                assertThat(r.url()).isEqualTo(url);
            }
            assertThat(seen).containsEntry("target", "/a%20b?x=%7Cy");
        } finally {
            server.stop(0);
        }
    }
}
