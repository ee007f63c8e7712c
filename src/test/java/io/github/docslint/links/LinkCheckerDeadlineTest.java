package io.github.docslint.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.links.HttpProbe.ProbeResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-link deadline holds while a link waits between its requests, not only during them. */
class LinkCheckerDeadlineTest {
    /** b.test holds its one slot for 3 s, whatever the deadline; a.test redirects to b.test. */
    private static final HttpProbe PROBE = new HttpProbe() {
        @Override
        public ProbeResponse send(ProbeRequest request) throws IOException {
            if (request.uri().getHost().equals("a.test")) {
                return new ProbeResponse(302, "http://b.test/other", null, null, null);
            }
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            return new ProbeResponse(200, null, null, null, null);
        }

        @Override
        public void close() {}
    };

    @Test
    void aLinkRedirectedToABusyHostTimesOutAtItsDeadlineNotWhenTheHostIsFree() {
        LinkCheckConfig config = LinkCheckConfig.defaults()
                .withTimeout(Duration.ofMillis(800))
                .withLimits(2, 1)
                .withAllowPrivate(true);
        String busy = "http://b.test/slow";
        String redirected = "http://a.test/moved";
        long start = System.nanoTime();
        AtomicLong firstDone = new AtomicLong();
        Map<String, LinkResult> results;
        try (LinkChecker checker = new LinkChecker(config, Duration.ofMillis(10), (c, timer) -> PROBE)) {
            results = checker.check(
                    List.of(busy, redirected), (done, total) -> firstDone.compareAndSet(0, System.nanoTime()));
        }
        assertThat(results.get(redirected).status()).isEqualTo(LinkStatus.TIMEOUT);
        // it waited in b.test's queue behind a 3 s request: the timer ended it at its deadline
        assertThat(Duration.ofNanos(firstDone.get() - start)).isLessThan(Duration.ofMillis(2000));
    }
}
