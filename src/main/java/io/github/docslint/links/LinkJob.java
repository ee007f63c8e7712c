package io.github.docslint.links;

import io.github.docslint.links.HttpProbe.DeadlineExceededException;
import io.github.docslint.links.HttpProbe.ProbeRequest;
import io.github.docslint.links.HttpProbe.ProbeResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.core5.http.MessageConstraintException;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;

/**
 * Checking one URL (without its fragment), one request at a time: each {@link #step()} sends one
 * request and says what comes next (done, or another request now or after a wait), so waits hold
 * no thread and a redirect to another host queues under that host's limit.
 */
final class LinkJob {
    /** How much of an HTML page is read for its anchors; the rest is never downloaded. */
    static final int MAX_HTML_BYTES = 4 * 1024 * 1024;

    /** @param anchors the page's ids and names when they were looked for in HTML, else null */
    record Outcome(LinkStatus status, int code, String info, URI finalUri, Set<String> anchors) {}

    sealed interface Step {}

    record Done(Outcome outcome) implements Step {}

    /** Request {@link LinkJob#current} again after the delay; with pauseHost the whole host waits. */
    record Next(long delayNanos, boolean pauseHost) implements Step {}

    private final LinkCheckConfig config;
    private final HttpProbe probe;
    private final RetryPolicy retryPolicy;
    private final URI original;
    private final boolean wantsAnchors;
    private final Set<String> seen = new HashSet<>();
    /** Hosts of this run that answered HEAD with 405 or 501: their links go straight to GET. */
    private final Set<String> headRefusingHosts;

    private URI current;
    private String method;
    private int hops;
    private int retries;
    private int permanentCode;
    private int lastCode;
    private long deadline;
    private boolean started;

    // between its steps a job waits in its host's queue or on the timer; its deadline may pass there
    private static final int WAITING = 0;
    private static final int RUNNING = 1;
    private static final int ENDED = 2;
    private final AtomicInteger state = new AtomicInteger(WAITING);

    LinkJob(
            LinkCheckConfig config,
            HttpProbe probe,
            RetryPolicy retryPolicy,
            URI uri,
            boolean wantsAnchors,
            Set<String> headRefusingHosts) {
        this.config = config;
        this.headRefusingHosts = headRefusingHosts;
        this.probe = probe;
        this.retryPolicy = retryPolicy;
        this.original = uri;
        this.wantsAnchors = wantsAnchors;
        this.current = uri;
        // with anchors to look up the page is needed anyway: HEAD would only add a request
        this.method = wantsAnchors ? "GET" : "HEAD";
        seen.add(uri.toString());
    }

    /** The host the next request goes to: the per-host limit applies to it. */
    String host() {
        return AddressGuard.hostOf(current);
    }

    URI original() {
        return original;
    }

    /** Takes the job for its next step; false when its deadline ended it while it waited. */
    boolean claim() {
        return state.compareAndSet(WAITING, RUNNING);
    }

    /** The step asked for another: the job waits again. */
    void park() {
        state.set(WAITING);
    }

    /** The step ended the job; false when it had ended already. */
    boolean finish() {
        return state.compareAndSet(RUNNING, ENDED);
    }

    /** Ends a waiting job at its deadline: its timeout outcome, or empty when it is running or over. */
    Optional<Outcome> expire() {
        return state.compareAndSet(WAITING, ENDED) ? Optional.of(((Done) timeout()).outcome()) : Optional.empty();
    }

    /** When the job's deadline passes ({@link System#nanoTime()}); set by its first step. */
    long deadlineNanos() {
        return deadline;
    }

    Step step() {
        long now = System.nanoTime();
        if (!started) {
            started = true;
            deadline = now + config.timeout().toNanos();
        }
        if (now - deadline >= 0) {
            return timeout();
        }
        String host = host();
        if (!config.allowPrivate()) {
            var blocked = AddressGuard.blockedHost(host);
            if (blocked.isPresent()) {
                return done(LinkStatus.BLOCKED, lastCode, blocked.get());
            }
        }
        if (method.equals("HEAD") && headRefusingHosts.contains(host)) {
            method = "GET"; // the host said it does not do HEAD: one request instead of two
        }
        ProbeResponse response;
        try {
            response = probe.send(new ProbeRequest(
                    method,
                    current,
                    headersFor(host),
                    deadline,
                    wantsAnchors && method.equals("GET") ? MAX_HTML_BYTES : 0));
        } catch (IOException e) {
            return failed(e);
        } catch (RuntimeException e) {
            return done(
                    LinkStatus.BROKEN,
                    lastCode,
                    "invalid request (" + e.getClass().getSimpleName() + ")");
        }
        lastCode = response.code();
        return answered(response, host);
    }

    private Step answered(ProbeResponse r, String host) {
        int code = r.code();
        if ((code >= 200 && code < 300) || accepted(host, code)) {
            return working(r);
        }
        if (isRedirect(code) && r.location() != null) {
            return redirect(code, r.location());
        }
        if (code >= 300 && code < 400) {
            return done(LinkStatus.BROKEN, code, code == 304 ? reason(code) : "redirect without Location");
        }
        if (code == 429 || code == 503) {
            Outcome failure = outcome(LinkStatus.BROKEN, code, reason(code));
            var asked = retryPolicy.retryAfter(r.retryAfter(), Instant.now());
            return retry(failure, asked.orElseGet(() -> retryPolicy.backoff(retries)), asked.isPresent());
        }
        if (method.equals("HEAD")) {
            // many servers mishandle HEAD (405, 403, 501, or any error): ask again with GET
            if (code == 405 || code == 501) {
                headRefusingHosts.add(host);
            }
            method = "GET";
            return new Next(0, false);
        }
        if (code == 502 || code == 504) {
            return retry(outcome(LinkStatus.BROKEN, code, reason(code)), retryPolicy.backoff(retries), false);
        }
        return done(LinkStatus.BROKEN, code, reason(code));
    }

    private Step working(ProbeResponse r) {
        Set<String> anchors = null;
        if (r.html() != null) {
            // reading a huge page is work too: the deadline bounds it
            var read = AnchorFinder.anchors(r.html(), r.charset(), current.toString(), deadline);
            if (read.isEmpty()) {
                return timeout();
            }
            anchors = read.get();
        }
        if (permanentCode != 0 && !allowedRedirect()) {
            return new Done(new Outcome(LinkStatus.REDIRECTED, permanentCode, current.toString(), current, anchors));
        }
        return new Done(new Outcome(LinkStatus.WORKING, r.code(), "", current, anchors));
    }

    private Step redirect(int code, String location) {
        URI next;
        try {
            next = stripFragment(current.resolve(Urls.parse(location.trim())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return done(LinkStatus.BROKEN, code, "redirect to an invalid URL");
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return done(LinkStatus.BROKEN, code, "redirect to a non-http(s) URL (" + scheme + ":)");
        }
        if (hops >= config.maxRedirects()) {
            return done(LinkStatus.BROKEN, code, "too many redirects");
        }
        if (!seen.add(next.toString())) {
            return done(LinkStatus.BROKEN, code, "redirect loop");
        }
        if ((code == 301 || code == 308) && permanentCode == 0) {
            permanentCode = code;
        }
        hops++;
        current = next;
        return new Next(0, false);
    }

    private Step failed(IOException e) {
        if (e instanceof DeadlineExceededException) {
            return timeout();
        }
        if (e instanceof BlockedAddressException) {
            return done(LinkStatus.BLOCKED, lastCode, e.getMessage());
        }
        if (e instanceof UnknownHostException) {
            return done(LinkStatus.BROKEN, 0, "unknown host");
        }
        if (e instanceof SSLException) {
            return done(LinkStatus.BROKEN, 0, tlsInfo(e));
        }
        if (e instanceof ConnectException) {
            return done(LinkStatus.BROKEN, 0, "connection refused");
        }
        if (e instanceof NoRouteToHostException) {
            return done(LinkStatus.BROKEN, 0, "no route to host");
        }
        if (e instanceof MessageConstraintException) {
            // no retry, no GET after HEAD: the same server sends the same endless headers
            return done(LinkStatus.BROKEN, lastCode, "response headers too long");
        }
        if (e instanceof ClientProtocolException) {
            return done(LinkStatus.BROKEN, lastCode, "HTTP protocol error");
        }
        if (e instanceof InterruptedIOException) {
            // one attempt's socket timeout, shorter than the deadline: worth another try
            return retry(outcome(LinkStatus.TIMEOUT, 0, "no answer in time"), retryPolicy.backoff(retries), false);
        }
        if (method.equals("HEAD")) {
            method = "GET";
            return new Next(0, false);
        }
        return retry(outcome(LinkStatus.BROKEN, 0, "connection reset or closed"), retryPolicy.backoff(retries), false);
    }

    /** Retries after a wait if retries and the deadline allow it; otherwise ends with the failure now. */
    private Step retry(Outcome failure, Duration wait, boolean pauseHost) {
        if (retries >= config.retries() || System.nanoTime() + wait.toNanos() - deadline >= 0) {
            return new Done(failure);
        }
        retries++;
        return new Next(wait.toNanos(), pauseHost);
    }

    private Step timeout() {
        return done(
                LinkStatus.TIMEOUT, 0, "no answer within " + config.timeout().toMillis() + " ms");
    }

    private Step done(LinkStatus status, int code, String info) {
        return new Done(outcome(status, code, info));
    }

    private Outcome outcome(LinkStatus status, int code, String info) {
        return new Outcome(status, code, info, current, null);
    }

    private boolean accepted(String host, int code) {
        for (LinkCheckConfig.Accept a : config.accept()) {
            if (a.codes().contains(code) && a.host().matcher(host).matches()) {
                return true;
            }
        }
        return false;
    }

    private boolean allowedRedirect() {
        String from = original.toString();
        String to = current.toString();
        for (LinkCheckConfig.AllowedRedirect a : config.allowedRedirects()) {
            if (a.from().matcher(from).lookingAt() && a.to().matcher(to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a browser asks for (some servers answer a bare request with 406 or a bot wall), then the
     * configured headers for this host only: after a redirect to another origin (host, port or scheme,
     * as curl decides), none of them, so a token never leaves its server nor goes out unencrypted.
     */
    private Map<String, String> headersFor(String host) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (!sameOrigin(original, current)) {
            return headers;
        }
        for (LinkCheckConfig.Header h : config.headers()) {
            if (h.host().matcher(host).matches()) {
                headers.keySet().removeIf(name -> name.equalsIgnoreCase(h.name()));
                headers.put(h.name(), h.value());
            }
        }
        return headers;
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme())
                && AddressGuard.hostOf(a).equals(AddressGuard.hostOf(b))
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    static boolean isRedirect(int code) {
        return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
    }

    static URI stripFragment(URI uri) throws URISyntaxException {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String s = uri.toString();
        return new URI(s.substring(0, s.indexOf('#')));
    }

    private static String reason(int code) {
        String phrase = EnglishReasonPhraseCatalog.INSTANCE.getReason(code, Locale.ROOT);
        return phrase == null ? "HTTP " + code : code + " " + phrase;
    }

    private static String tlsInfo(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("PKIX") || m.contains("certificat")) {
            return "TLS failure: untrusted certificate";
        }
        return "TLS failure (" + e.getClass().getSimpleName() + ")";
    }
}
