package io.github.docslint.links;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Loopback servers and configs for the link checker tests. */
final class TestServers {
    private TestServers() {}

    static MockWebServer start(Function<RecordedRequest, MockResponse> handler) throws IOException {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return handler.apply(request);
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        return server;
    }

    /** A response; HEAD gets none of the body (it would corrupt the next response on the connection). */
    static MockResponse respond(RecordedRequest request, int code, String contentType, String body) {
        MockResponse.Builder b = new MockResponse.Builder().code(code);
        if (contentType != null) {
            b.setHeader("Content-Type", contentType);
        }
        if (!request.getMethod().equals("HEAD") && body != null) {
            b.body(body);
        }
        return b.build();
    }

    static MockResponse status(RecordedRequest request, int code) {
        return respond(request, code, "text/plain", "");
    }

    static MockResponse redirect(int code, String location) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Location", location)
                .build();
    }

    /** Resolves every name to 127.0.0.1, except the names given, which do not exist. */
    static Resolver loopback(String... unknown) {
        List<String> missing = List.of(unknown);
        return host -> {
            if (missing.contains(host)) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
        };
    }

    /** A mutable stand-in for the config record's long constructor. */
    static final class Config {
        Duration timeout = Duration.ofSeconds(2);
        int retries = 2;
        int concurrency = 8;
        int perHostConcurrency = 4;
        List<Pattern> ignore = new ArrayList<>();
        List<LinkCheckConfig.Accept> accept = new ArrayList<>();
        List<LinkCheckConfig.AllowedRedirect> allowedRedirects = new ArrayList<>();
        boolean anchors;
        List<LinkCheckConfig.Header> headers = new ArrayList<>();
        boolean allowPrivate = true;
        int maxRedirects = 10;
        Duration maxRetryAfter = Duration.ofSeconds(5);
        Proxies proxies = new Proxies(Optional.empty(), Optional.empty(), false);

        LinkCheckConfig build() {
            return new LinkCheckConfig(
                    timeout,
                    retries,
                    concurrency,
                    perHostConcurrency,
                    ignore,
                    accept,
                    allowedRedirects,
                    anchors,
                    headers,
                    allowPrivate,
                    maxRedirects,
                    maxRetryAfter,
                    proxies,
                    "docslint-test");
        }

        Map<String, LinkResult> check(Resolver resolver, String... urls) {
            try (LinkChecker checker = new LinkChecker(build(), resolver, Duration.ofMillis(10))) {
                return checker.check(List.of(urls), CheckProgress.NONE);
            }
        }

        LinkResult checkOne(Resolver resolver, String url) {
            return check(resolver, url).get(url);
        }
    }
}
