package io.github.docslint.links;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.Map;

/**
 * One HTTP request, no redirects followed, aborted at a deadline. The checking policy (fallbacks,
 * retries, redirects, anchors) sits above this, so it can be read and tested apart from the client.
 */
interface HttpProbe extends AutoCloseable {

    /**
     * Sends one request. Throws {@link DeadlineExceededException} when the deadline aborted it.
     *
     * @param bodyLimit bytes of an HTML body to read; 0 reads no body at all
     */
    ProbeResponse send(ProbeRequest request) throws IOException;

    @Override
    void close();

    /**
     * @param headers extra headers for this host only; values are secrets
     * @param deadlineNanos {@link System#nanoTime()} at which the request is aborted
     * @param bodyLimit how many bytes of a text/html body to read; 0 for none
     */
    record ProbeRequest(String method, URI uri, Map<String, String> headers, long deadlineNanos, int bodyLimit) {
        @Override
        public String toString() {
            return method + " " + uri;
        }
    }

    /**
     * @param location the Location header, or null
     * @param retryAfter the Retry-After header, or null
     * @param html the start of an HTML body when one was asked for and the response is HTML, or null
     * @param charset the body's declared charset, or null to let the parser detect it
     */
    record ProbeResponse(int code, String location, String retryAfter, byte[] html, Charset charset) {}

    /** The per-link deadline aborted the request. */
    final class DeadlineExceededException extends InterruptedIOException {
        private static final long serialVersionUID = 1L;

        DeadlineExceededException() {
            super("deadline exceeded");
        }
    }
}
