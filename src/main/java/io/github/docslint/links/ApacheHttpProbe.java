package io.github.docslint.links;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.Charset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * {@link HttpProbe} on Apache HttpClient 5's classic API: blocking calls on the checker's worker
 * threads, each aborted from the timer thread at its deadline ({@code cancel()} closes the socket,
 * so a server that stalls or drips headers or body cannot hold a thread). Automatic redirects,
 * retries and cookies are off: the checker decides those. DNS goes through {@link
 * GuardedDnsResolver}, so the addresses checked are the addresses connected to.
 */
final class ApacheHttpProbe implements HttpProbe {
    private final CloseableHttpClient client;
    private final ScheduledExecutorService timer;
    private final String userAgent;

    /**
     * Most header lines and the longest line a response may have, as Python's http.client (so Sphinx
     * linkcheck) allows: headers that go on and on are a broken server, not a reason to fill memory.
     */
    static final int MAX_HEADER_COUNT = 100;

    static final int MAX_LINE_LENGTH = 64 * 1024;

    ApacheHttpProbe(LinkCheckConfig config, Resolver resolver, ScheduledExecutorService timer) {
        this(config, resolver, timer, AddressGuard::isPrivate);
    }

    /** @param isPrivate which resolved addresses are blocked (tests let their loopback server pass as public) */
    ApacheHttpProbe(
            LinkCheckConfig config,
            Resolver resolver,
            ScheduledExecutorService timer,
            Predicate<InetAddress> isPrivate) {
        this.timer = timer;
        this.userAgent = config.userAgent();
        Proxies proxies = config.proxies();
        boolean explicitProxy = proxies.http().isPresent() || proxies.https().isPresent();
        boolean systemProxy = !explicitProxy && proxies.useSystemProperties();

        Set<String> proxyHosts = new HashSet<>();
        proxies.http().ifPresent(p -> proxyHosts.add(p.host().toLowerCase(Locale.ROOT)));
        proxies.https().ifPresent(p -> proxyHosts.add(p.host().toLowerCase(Locale.ROOT)));
        if (systemProxy) {
            for (String property : new String[] {"http.proxyHost", "https.proxyHost"}) {
                String host = System.getProperty(property);
                if (host != null && !host.isBlank()) {
                    proxyHosts.add(host.trim().toLowerCase(Locale.ROOT));
                }
            }
        }

        Timeout timeout = Timeout.of(config.timeout());
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(
                        new GuardedDnsResolver(resolver, config.allowPrivate(), Set.copyOf(proxyHosts), isPrivate))
                .setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
                        .http1Config(Http1Config.custom()
                                .setMaxHeaderCount(MAX_HEADER_COUNT)
                                .setMaxLineLength(MAX_LINE_LENGTH)
                                .build())
                        .build())
                .setMaxConnTotal(config.concurrency() * 2)
                .setMaxConnPerRoute(config.perHostConcurrency() * 2)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(timeout)
                        .setSocketTimeout(timeout)
                        .build());
        boolean tlsFromSystemProperties = proxies.useSystemProperties(); // javax.net.ssl.trustStore and friends
        connections.setTlsSocketStrategy(new LazyTlsStrategy(() -> tlsFromSystemProperties
                ? DefaultClientTlsStrategy.createSystemDefault()
                : DefaultClientTlsStrategy.createDefault()));

        HttpClientBuilder builder = HttpClientBuilder.create()
                .setConnectionManager(connections.build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setUserAgent(userAgent);
        if (explicitProxy) {
            builder.setRoutePlanner(new ProxyRoutePlanner(proxies));
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            for (var proxy :
                    new Object[] {proxies.http().orElse(null), proxies.https().orElse(null)}) {
                if (proxy instanceof Proxies.Proxy p && p.username() != null) {
                    credentials.setCredentials(
                            new AuthScope(p.host(), p.port()),
                            new UsernamePasswordCredentials(
                                    p.username(), (p.password() == null ? "" : p.password()).toCharArray()));
                }
            }
            builder.setDefaultCredentialsProvider(credentials);
        } else if (systemProxy) {
            builder.useSystemProperties(); // http(s).proxyHost, http.nonProxyHosts
        }
        this.client = builder.build();
    }

    @Override
    public ProbeResponse send(ProbeRequest request) throws IOException {
        long remaining = request.deadlineNanos() - System.nanoTime();
        if (remaining <= 0) {
            throw new DeadlineExceededException();
        }
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), request.uri());
        for (Map.Entry<String, String> h : request.headers().entrySet()) {
            http.setHeader(h.getKey(), h.getValue());
        }
        Timeout left = Timeout.ofMilliseconds(Math.max(1, TimeUnit.NANOSECONDS.toMillis(remaining)));
        http.setConfig(RequestConfig.custom()
                .setRedirectsEnabled(false)
                .setConnectionRequestTimeout(left)
                .setResponseTimeout(left)
                .build());
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> abort = timer.schedule(
                () -> {
                    expired.set(true);
                    http.cancel();
                },
                remaining,
                TimeUnit.NANOSECONDS);
        try {
            ClassicHttpResponse response = client.executeOpen(null, http, HttpClientContext.create());
            try {
                int code = response.getCode();
                String location = value(response.getFirstHeader("Location"));
                String retryAfter = value(response.getFirstHeader("Retry-After"));
                byte[] html = null;
                Charset charset = null;
                HttpEntity entity = response.getEntity();
                if (request.bodyLimit() > 0 && entity != null && isHtml(entity.getContentType())) {
                    ContentType type = ContentType.parseLenient(entity.getContentType());
                    charset = type == null ? null : type.getCharset();
                    try (InputStream in = entity.getContent()) {
                        html = in.readNBytes(request.bodyLimit());
                    }
                }
                return new ProbeResponse(code, location, retryAfter, html, charset);
            } finally {
                if (response.getEntity() != null) {
                    // closing would drain the rest of the body; abort drops the connection instead
                    http.cancel();
                }
                closeQuietly(response);
            }
        } catch (IOException | RuntimeException e) {
            if (expired.get()) {
                throw new DeadlineExceededException();
            }
            throw e;
        } finally {
            abort.cancel(false);
        }
    }

    private static boolean isHtml(String contentType) {
        if (contentType == null) {
            return false;
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        return t.startsWith("text/html") || t.startsWith("application/xhtml");
    }

    private static String value(Header header) {
        return header == null ? null : header.getValue();
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            // aborted on purpose: nothing left to release
        }
    }

    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE);
    }
}
