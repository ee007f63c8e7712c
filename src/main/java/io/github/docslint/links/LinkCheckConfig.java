package io.github.docslint.links;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * How to check links. Plain values only: the Maven adapter resolves environment variables, server
 * credentials and proxies before building one.
 *
 * @param timeout the per-link deadline, covering every attempt, redirect and wait
 * @param retries how many times a transient failure (reset, 429, 503, 502, 504, timeout of one
 *     attempt) is retried within the deadline
 * @param concurrency requests in flight at once, over all hosts
 * @param perHostConcurrency requests in flight at once to one host; never exceeded
 * @param ignore URLs matching any of these (find, not full match) are not requested
 * @param accept status codes counted as working, per host pattern (host patterns match the whole
 *     lower-cased host name, {@code Matcher.matches})
 * @param allowedRedirects permanent redirects that are not reported (both patterns match from the
 *     start of the URL, as Sphinx's {@code linkcheck_allowed_redirects})
 * @param anchors whether {@code #fragment}s are looked up in the fetched HTML
 * @param headers request headers per host pattern; values are secrets, never logged
 * @param allowPrivate request private, loopback and link-local addresses too (tests, intranets)
 * @param maxRedirects hops followed before a chain counts as broken
 * @param maxRetryAfter the longest {@code Retry-After} wait obeyed
 * @param proxies where requests go through a proxy; {@link Proxies#none()} connects directly
 * @param userAgent the User-Agent header sent
 */
public record LinkCheckConfig(
        Duration timeout,
        int retries,
        int concurrency,
        int perHostConcurrency,
        List<Pattern> ignore,
        List<Accept> accept,
        List<AllowedRedirect> allowedRedirects,
        boolean anchors,
        List<Header> headers,
        boolean allowPrivate,
        int maxRedirects,
        Duration maxRetryAfter,
        Proxies proxies,
        String userAgent) {

    /** Says who asks, in the form crawlers use, so that bot walls that want a browser-like agent let it by. */
    public static final String USER_AGENT =
            "Mozilla/5.0 (compatible; docslint/0.1; +https://github.com/docslint/docslint-maven-plugin)";

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_RETRIES = 2;
    public static final int DEFAULT_CONCURRENCY = 32;
    public static final int DEFAULT_PER_HOST_CONCURRENCY = 4;
    public static final int DEFAULT_MAX_REDIRECTS = 10;
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(30);

    public LinkCheckConfig {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be 0 or more, was " + retries);
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        if (perHostConcurrency < 1) {
            throw new IllegalArgumentException("perHostConcurrency must be at least 1, was " + perHostConcurrency);
        }
        ignore = List.copyOf(ignore);
        accept = List.copyOf(accept);
        allowedRedirects = List.copyOf(allowedRedirects);
        headers = List.copyOf(headers);
    }

    public static LinkCheckConfig defaults() {
        return new LinkCheckConfig(
                DEFAULT_TIMEOUT,
                DEFAULT_RETRIES,
                DEFAULT_CONCURRENCY,
                DEFAULT_PER_HOST_CONCURRENCY,
                List.of(),
                List.of(),
                List.of(),
                false,
                List.of(),
                false,
                DEFAULT_MAX_REDIRECTS,
                DEFAULT_MAX_RETRY_AFTER,
                Proxies.none(),
                USER_AGENT);
    }

    /** Whether an ignore pattern matches anywhere in the URL: it is then not requested. */
    public boolean ignores(String url) {
        for (Pattern p : ignore) {
            if (p.matcher(url).find()) {
                return true;
            }
        }
        return false;
    }

    public LinkCheckConfig withTimeout(Duration t) {
        return with(c -> c.timeout = t);
    }

    public LinkCheckConfig withRetries(int r) {
        return with(c -> c.retries = r);
    }

    /** With other limits: requests in flight over all hosts, and to one host. */
    public LinkCheckConfig withLimits(int all, int perHost) {
        return with(c -> {
            c.concurrency = all;
            c.perHostConcurrency = perHost;
        });
    }

    public LinkCheckConfig withIgnore(List<Pattern> i) {
        return with(c -> c.ignore = i);
    }

    public LinkCheckConfig withHeaders(List<Header> h) {
        return with(c -> c.headers = h);
    }

    /** Private, loopback and link-local addresses requested too: tests on 127.0.0.1, intranets. */
    public LinkCheckConfig withAllowPrivate(boolean allow) {
        return with(c -> c.allowPrivate = allow);
    }

    /** A copy with some components changed: the withers name only what they change. */
    private LinkCheckConfig with(Consumer<Copy> change) {
        Copy c = new Copy(this);
        change.accept(c);
        return c.build();
    }

    private static final class Copy {
        Duration timeout;
        int retries;
        int concurrency;
        int perHostConcurrency;
        List<Pattern> ignore;
        List<Accept> accept;
        List<AllowedRedirect> allowedRedirects;
        boolean anchors;
        List<Header> headers;
        boolean allowPrivate;
        int maxRedirects;
        Duration maxRetryAfter;
        Proxies proxies;
        String userAgent;

        Copy(LinkCheckConfig from) {
            timeout = from.timeout;
            retries = from.retries;
            concurrency = from.concurrency;
            perHostConcurrency = from.perHostConcurrency;
            ignore = from.ignore;
            accept = from.accept;
            allowedRedirects = from.allowedRedirects;
            anchors = from.anchors;
            headers = from.headers;
            allowPrivate = from.allowPrivate;
            maxRedirects = from.maxRedirects;
            maxRetryAfter = from.maxRetryAfter;
            proxies = from.proxies;
            userAgent = from.userAgent;
        }

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
                    userAgent);
        }
    }

    /** Status codes counted as working for the hosts the pattern matches (e.g. 403 for a bot wall). */
    public record Accept(Pattern host, Set<Integer> codes) {
        public Accept {
            codes = Set.copyOf(codes);
        }
    }

    /** A permanent redirect from a URL matching {@code from} to one matching {@code to} is fine. */
    public record AllowedRedirect(Pattern from, Pattern to) {}

    /** A header sent to the hosts the pattern matches, and to no other host (not after a redirect). */
    public record Header(Pattern host, String name, String value) {
        @Override
        public String toString() {
            return "Header[host=" + host + ", name=" + name + ", value=****]";
        }
    }
}
